package jp.tokyo.mcc.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.directory.PlaceMatch;

/** flows/centers.yaml: the shipped file says what the leaflet says; mistakes never go live; changes do. */
class CentersFileTest {

    private static final String SHIPPED = read(TestDirectories.shippedFlows().resolve("centers.yaml"));

    private final CentersFileParser parser = new CentersFileParser();

    @TempDir
    Path folder;

    // ---- the shipped file ------------------------------------------------------------------------------------

    @Test
    void theShippedFileLoads() {
        CentersSettings settings = parser.parse(SHIPPED);

        assertThat(settings.centerList()).extracting(Center::id).containsExactly(CenterId.KUBU, CenterId.TAMA);
        assertThat(settings.centerFor(Municipality.Region.KUBU)).isEqualTo(CenterId.KUBU);
        assertThat(settings.centerFor(Municipality.Region.TAMA)).isEqualTo(CenterId.TAMA);
        assertThat(settings.centerFor(Municipality.Region.ISLANDS)).isEqualTo(CenterId.KUBU); // provisional default
        assertThat(settings.islandsConfirmed()).isFalse();
        assertThat(settings.islandsNote()).contains("区部").contains("多摩地域");
    }

    @Test
    void theShippedFileSaysWhatTheLeafletSays() {
        Optional<Path> leafletFile = Stream.of(Path.of("..", "shared", "seed", "centers-leaflet.txt"),
                        Path.of("/work/shared/seed/centers-leaflet.txt"))
                .filter(Files::isRegularFile).findFirst();
        assumeThat(leafletFile).as("the centers' leaflet (shared/seed/centers-leaflet.txt) is not here").isPresent();
        String leaflet = squeeze(read(leafletFile.get()));
        CentersSettings settings = parser.parse(SHIPPED);

        for (Center center : settings.centerList()) {
            String area = center.id() == CenterId.KUBU ? "区部" : "多摩地域";
            assertThat(center.name()).isEqualTo("東京都医療的ケア児支援センター（" + area + "）");
            assertThat(leaflet).contains(squeeze("東京都 医療的ケア児支援センター"));
            // the leaflet lists each area with its address and hospital, then each area with its phone
            assertThat(leaflet).contains(squeeze(area + center.address() + center.hospital()));
            assertThat(leaflet).contains(squeeze(area + "TEL " + center.phone() + " (直通)"));
            assertThat(leaflet).contains(squeeze("受付時間" + center.hours()));
        }
        assertThat(settings.center(CenterId.KUBU).phone()).isEqualTo("03-3941-3221");
        assertThat(settings.center(CenterId.TAMA).phone()).isEqualTo("042-312-8164");
    }

    /** NFKC without spaces, so the leaflet's line breaks and full-width brackets compare equal. */
    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    // ---- mistakes --------------------------------------------------------------------------------------------

    @Test
    void aMissingPhoneIsRefused() {
        assertProblem(SHIPPED.replace("    phone: 03-3941-3221", ""), "centers.kubu.phone：ないか、空です");
    }

    @Test
    void anEmptyValueIsRefused() {
        assertProblem(SHIPPED.replace("address: 東京都府中市武蔵台2-8-29", "address: \"\""), "centers.tama.address：ないか、空です");
        assertProblem(SHIPPED.replace("hospital: 東京都立大塚病院内", "hospital:"), "centers.kubu.hospital：ないか、空です");
    }

    @Test
    void somethingThatIsNotAPhoneNumberIsRefused() {
        assertProblem(SHIPPED.replace("03-3941-3221", "03-3941"), "centers.kubu.phone：電話番号の形になっていません");
        assertProblem(SHIPPED.replace("03-3941-3221", "電話してください"), "centers.kubu.phone：電話番号の形");
        assertProblem(SHIPPED.replace("03-3941-3221", "0339413221"), "centers.kubu.phone：電話番号の形");
        assertProblem(SHIPPED.replace("03-3941-3221", "39413221"), "centers.kubu.phone：ハイフンを入れた文で書きます");
    }

    @Test
    void fullWidthPhoneNumbersAreNormalised() {
        CentersSettings settings = parser.parse(SHIPPED.replace("03-3941-3221", "０３－３９４１－３２２１"));
        assertThat(settings.center(CenterId.KUBU).phone()).isEqualTo("03-3941-3221");
    }

    @Test
    void aMissingCenterIsRefused() {
        String withoutTama = SHIPPED.replaceAll("(?s)  tama:\\n    name:.*?hours:[^\\n]*\\n(    mark-as-read:[^\\n]*\\n)?", "");
        assertThat(withoutTama).doesNotContain("042-312-8164");
        assertProblem(withoutTama, "centers.tama：このセンターがありません");
    }

    @Test
    void routingToAnUnknownCenterIsRefused() {
        assertProblem(SHIPPED.replace("islands: kubu", "islands: shima"), "routing.islands：kubu か tama");
        assertProblem(SHIPPED.replace("  tama: tama ", "  tama: kubuu "), "routing.tama：kubu か tama");
    }

    @Test
    void unknownSettingsAndCentersAreRefused() {
        assertProblem(SHIPPED.replace("    hospital: 東京都立大塚病院内", "    hospital: 東京都立大塚病院内\n    fax: 03-0000-0000"),
                "centers.kubu.fax：知らない設定です");
        assertProblem(SHIPPED + "\nrouteing:\n  islands: tama\n", "routeing：知らない設定です");
        assertProblem(SHIPPED.replace("centers:\n", "centers:\n  shima:\n    name: x\n"), "centers.shima：知らないセンターです");
    }

    @Test
    void islandsNeedANoteWhileUnconfirmed() {
        String noNote = SHIPPED.replaceAll("(?m)^  note: .*$", "");
        assertProblem(noNote, "islands.note：islands.confirmed が false のあいだは");
        assertThat(parser.parse(noNote.replace("confirmed: false", "confirmed: true")).islandsConfirmed()).isTrue();
        assertProblem(SHIPPED.replace("confirmed: false", "confirmed: maybe"), "islands.confirmed：true か false");
    }

    @Test
    void brokenYamlIsRefused() {
        assertProblem(SHIPPED.replace("  kubu:\n    name:", "  kubu:\n\tname:"), "YAMLとして読めません");
        assertProblem("", "ファイルが空か");
        assertProblem("- a list", "ファイルが空か、「設定: 値」の形になっていません");
        assertProblem(SHIPPED + "\ncenters:\n", "YAMLとして読めません"); // a setting written twice
    }

    private void assertProblem(String content, String problem) {
        assertThatThrownBy(() -> parser.parse(content))
                .isInstanceOfSatisfying(InvalidCentersFileException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(problem)));
    }

    // ---- reloading -------------------------------------------------------------------------------------------

    @Test
    void aChangedIslandRoutingTakesEffect() throws IOException {
        write(SHIPPED);
        DirectoryService directory = TestDirectories.fromFolder(folder);
        assertThat(center(directory.match("大島"))).isEqualTo(CenterId.KUBU);
        assertThat(directory.islandsUnconfirmed()).isTrue();
        assertThat(directory.islandsNote()).isNotBlank();

        write(SHIPPED.replace("islands: kubu", "islands: tama").replace("confirmed: false", "confirmed: true"));

        PlaceMatch.Found found = (PlaceMatch.Found) directory.match("八丈島");
        assertThat(found.municipality().center()).isEqualTo(CenterId.TAMA);
        assertThat(found.center().phone()).isEqualTo("042-312-8164");
        assertThat(directory.municipality("大島町").orElseThrow().center()).isEqualTo(CenterId.TAMA);
        assertThat(directory.municipalities()).filteredOn(Municipality::isIsland)
                .hasSize(9).allSatisfy(m -> assertThat(m.center()).isEqualTo(CenterId.TAMA));
        assertThat(center(directory.match("港区"))).isEqualTo(CenterId.KUBU);
        assertThat(directory.islandsUnconfirmed()).isFalse();
        assertThat(directory.islandsNote()).isEmpty();
    }

    @Test
    void anInvalidFileIsRefusedAndTheLastGoodVersionStays() throws IOException {
        write(SHIPPED.replace("islands: kubu", "islands: tama"));
        DirectoryService directory = TestDirectories.fromFolder(folder);
        assertThat(center(directory.match("三宅島"))).isEqualTo(CenterId.TAMA);

        write(SHIPPED.replace("islands: kubu", "islands: kubu").replace("    phone: 042-312-8164\n", ""));

        assertThat(center(directory.match("三宅島"))).isEqualTo(CenterId.TAMA);
        assertThat(directory.center(CenterId.TAMA).phone()).isEqualTo("042-312-8164");

        Files.delete(folder.resolve("centers.yaml"));
        assertThat(directory.center(CenterId.TAMA).phone()).isEqualTo("042-312-8164");

        write(SHIPPED.replace("042-312-8164", "042-312-8165"));
        assertThat(directory.center(CenterId.TAMA).phone()).isEqualTo("042-312-8165");
        assertThat(center(directory.match("三宅島"))).isEqualTo(CenterId.KUBU);
    }

    @Test
    void atStartAnUnusableFileFallsBackToThePackagedCopy() throws IOException {
        Path packaged = folder.resolve("packaged.yaml");
        Files.writeString(packaged, SHIPPED.replace("islands: kubu", "islands: tama"));
        Path file = folder.resolve("centers.yaml");
        Files.writeString(file, "centers: [");

        CentersFile centers = new CentersFile(() -> new FileSystemResource(file), () -> new FileSystemResource(packaged),
                Duration.ZERO, System::nanoTime);
        assertThat(centers.current().centerFor(Municipality.Region.ISLANDS)).isEqualTo(CenterId.TAMA);

        Files.delete(file);
        CentersFile missing = new CentersFile(() -> new FileSystemResource(file), () -> new FileSystemResource(packaged),
                Duration.ZERO, System::nanoTime);
        assertThat(missing.current().centerFor(Municipality.Region.ISLANDS)).isEqualTo(CenterId.TAMA);

        Files.writeString(packaged, "centers: {}");
        assertThatThrownBy(() -> new CentersFile(() -> new FileSystemResource(file),
                () -> new FileSystemResource(packaged), Duration.ZERO, System::nanoTime))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("packaged copy has mistakes");
    }

    @Test
    void theProblemsOfTheAdministratorsFileAreKeptForTheStatusPage() throws IOException {
        write(SHIPPED);
        CentersFile centers = new CentersFile(() -> new FileSystemResource(folder.resolve("centers.yaml")),
                () -> new ClassPathResource("flows/centers.yaml"), Duration.ZERO, System::nanoTime);
        assertThat(centers.problems()).isEmpty();

        write(SHIPPED.replace("islands: kubu", "islands: nowhere"));
        centers.checkNow();
        assertThat(centers.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("centers.yaml: "));
        assertThat(centers.current().centerFor(Municipality.Region.ISLANDS)).isEqualTo(CenterId.KUBU);

        Files.delete(folder.resolve("centers.yaml"));
        centers.checkNow();
        assertThat(centers.problems()).singleElement().asString().contains("ファイルがありません");

        write(SHIPPED);
        centers.checkNow();
        assertThat(centers.problems()).isEmpty();
    }

    @Test
    void theApplicationPackagesTheShippedFile() throws IOException {
        ClassPathResource packaged = new ClassPathResource("flows/centers.yaml");
        assertThat(packaged.exists()).isTrue();
        assertThat(new String(packaged.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(SHIPPED);
    }

    @Test
    void changesAreLookedForAtMostOncePerInterval() throws IOException {
        write(SHIPPED);
        AtomicLong now = new AtomicLong(0);
        CentersFile centers = new CentersFile(() -> new FileSystemResource(folder.resolve("centers.yaml")),
                () -> new ClassPathResource("flows/centers.yaml"), Duration.ofSeconds(5), now::get);

        write(SHIPPED.replace("islands: kubu", "islands: tama"));
        now.set(Duration.ofSeconds(4).toNanos());
        assertThat(centers.current().centerFor(Municipality.Region.ISLANDS)).isEqualTo(CenterId.KUBU);
        now.set(Duration.ofSeconds(5).toNanos());
        assertThat(centers.current().centerFor(Municipality.Region.ISLANDS)).isEqualTo(CenterId.TAMA);
    }

    private static CenterId center(PlaceMatch match) {
        assertThat(match).isInstanceOf(PlaceMatch.Found.class);
        return ((PlaceMatch.Found) match).center().id();
    }

    private void write(String content) throws IOException {
        Files.writeString(folder.resolve("centers.yaml"), content);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
