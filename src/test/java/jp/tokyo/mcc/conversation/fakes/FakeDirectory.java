package jp.tokyo.mcc.conversation.fakes;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.directory.PlaceMatch;

/**
 * A small stand-in for the directory module (until it is merged): the 62 municipalities from the shared CSV, the
 * leaflet's two centers, islands served by the 区部 center, simple matching (name, name without 区/市/町/村, reading,
 * one-character typos) and a few places outside Tokyo.
 */
public class FakeDirectory implements Directory {

    private static final Map<String, String> OUTSIDE = Map.of("横浜市", "神奈川県", "神奈川県", "神奈川県", "大阪府", "大阪府",
            "大阪市", "大阪府", "埼玉県", "埼玉県", "さいたま市", "埼玉県", "千葉県", "千葉県", "北海道", "北海道");

    private final List<Municipality> municipalities = new ArrayList<>();
    private final Center kubu = new Center(CenterId.KUBU, "東京都医療的ケア児支援センター（区部）", "東京都立大塚病院内",
            "東京都豊島区南大塚2-8-1", "03-3941-3221", "月曜日〜金曜日 9:00〜17:00（祝日・年末年始を除く）");
    private final Center tama = new Center(CenterId.TAMA, "東京都医療的ケア児支援センター（多摩地域）",
            "東京都立小児総合医療センター内", "東京都府中市武蔵台2-8-29", "042-312-8164",
            "月曜日〜金曜日 9:00〜17:00（祝日・年末年始を除く）");

    public FakeDirectory() {
        try (var in = FakeDirectory.class.getResourceAsStream("/conversation/tokyo-municipalities.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                Municipality.Region region = switch (f[3]) {
                    case "区部" -> Municipality.Region.KUBU;
                    case "多摩" -> Municipality.Region.TAMA;
                    default -> Municipality.Region.ISLANDS;
                };
                CenterId center = region == Municipality.Region.TAMA ? CenterId.TAMA : CenterId.KUBU;
                municipalities.add(new Municipality(f[0], f[1], f[2], region, center));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PlaceMatch match(String answer) {
        String a = Normalizer.normalize(answer, Normalizer.Form.NFKC).strip().replace("東京都", "").replace("桧原", "檜原")
                .replace("ケ", "ヶ");
        if (a.isEmpty()) {
            return new PlaceMatch.Unknown();
        }
        for (Map.Entry<String, String> e : OUTSIDE.entrySet()) {
            if (a.startsWith(e.getKey())) {
                return new PlaceMatch.OutsideTokyo(e.getValue());
            }
        }
        for (Municipality m : municipalities) {
            String bare = m.name().substring(0, m.name().length() - 1);
            String kanaBare = m.kana().replaceAll("(く|し|まち|むら|ちょう|そん)$", "");
            if (a.equals(m.name()) || a.equals(bare) || a.equals(m.kana()) || a.equals(kanaBare)
                    || a.startsWith(m.name())) {
                return new PlaceMatch.Found(m, center(m.center()));
            }
        }
        for (Municipality m : municipalities) {
            if (a.length() >= 3 && distance(a, m.name()) == 1) {
                return new PlaceMatch.Suggestion(m);
            }
        }
        return new PlaceMatch.Unknown();
    }

    @Override
    public Center center(CenterId id) {
        return id == CenterId.TAMA ? tama : kubu;
    }

    @Override
    public List<Center> centers() {
        return List.of(kubu, tama);
    }

    @Override
    public List<Municipality> municipalities() {
        return List.copyOf(municipalities);
    }

    @Override
    public Optional<Municipality> municipality(String officialName) {
        return municipalities.stream().filter(m -> m.name().equals(officialName)).findFirst();
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
