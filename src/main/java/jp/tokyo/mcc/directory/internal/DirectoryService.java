package jp.tokyo.mcc.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.directory.PlaceMatch;
import jp.tokyo.mcc.shared.AdminFileReport;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.AdminFilesPublished;
import jp.tokyo.mcc.shared.Edition;
import jp.tokyo.mcc.shared.AdminFile;

/**
 * The {@link Directory}: the 62 municipalities and the place indexes are built once; the centers and the routing
 * come from {@code flows/centers.yaml} and follow its changes.
 */
@Service
public class DirectoryService implements Directory, AdminFileReport {

    static final String CENTERS_FILE = "centers.yaml";

    /** The municipalities as routed by one version of centers.yaml. */
    private record Routed(CentersSettings settings, List<Municipality> municipalities,
                          Map<String, Municipality> byCode, Map<String, Municipality> byName) {

        static Routed of(CentersSettings settings, List<TokyoMunicipality> tokyo) {
            Map<String, Municipality> byCode = new LinkedHashMap<>();
            Map<String, Municipality> byName = new LinkedHashMap<>();
            for (TokyoMunicipality m : tokyo) {
                Municipality routed = new Municipality(m.code(), m.name(), m.kana(), m.region(),
                        settings.centerFor(m.region()));
                byCode.put(m.code(), routed);
                byName.put(m.name(), routed);
            }
            return new Routed(settings, List.copyOf(byCode.values()), Map.copyOf(byCode), Map.copyOf(byName));
        }
    }

    private final List<TokyoMunicipality> tokyo;
    private final PlaceMatcher matcher;
    private final CentersFile centersFile;
    private volatile Routed routed;
    private final AdminFiles adminFiles;
    private volatile DraftRouting draftRouting;

    @Autowired
    public DirectoryService(AdminFiles adminFiles, DirectoryProperties properties) {
        this(TokyoMunicipality.load(), OutsidePlaces.load(), new CentersFile(
                () -> Edition.PUBLISHED.call(() -> adminFiles.file(CENTERS_FILE)),
                () -> new ClassPathResource("flows/" + CENTERS_FILE), properties.reloadCheckInterval(), System::nanoTime),
                adminFiles);
    }

    public DirectoryService(List<TokyoMunicipality> tokyo, OutsidePlaces outside, CentersFile centersFile) {
        this(tokyo, outside, centersFile, null);
    }

    private DirectoryService(List<TokyoMunicipality> tokyo, OutsidePlaces outside, CentersFile centersFile,
                             AdminFiles adminFiles) {
        this.adminFiles = adminFiles;
        this.tokyo = List.copyOf(tokyo);
        this.matcher = new PlaceMatcher(this.tokyo, outside);
        this.centersFile = centersFile;
        this.routed = Routed.of(centersFile.current(), this.tokyo);
    }

    private Routed routed() {
        if (adminFiles != null && Edition.current() == Edition.DRAFTS) {
            Routed onDrafts = draftRouted();
            if (onDrafts != null) {
                return onDrafts;
            }
        }
        CentersSettings settings = centersFile.current();
        Routed now = routed;
        if (now.settings() != settings) {
            now = Routed.of(settings, tokyo);
            routed = now;
        }
        return now;
    }

    /** centers.yaml as drafted, when its draft differs from the live file and has no mistakes; else null. */
    private Routed draftRouted() {
        AdminFile draft = adminFiles.drafts().file(CENTERS_FILE).orElse(null);
        AdminFile live = adminFiles.published().file(CENTERS_FILE).orElse(null);
        if (draft == null || live != null && live.hash().equals(draft.hash())) {
            return null;
        }
        DraftRouting current = draftRouting;
        if (current == null || !current.hash().equals(draft.hash())) {
            Routed routedDraft = null;
            try {
                routedDraft = Routed.of(new CentersFileParser().parse(draft.content()), tokyo);
            } catch (InvalidCentersFileException e) {
                // the live centers stay
            }
            current = new DraftRouting(draft.hash(), routedDraft);
            draftRouting = current;
        }
        return current.routed();
    }

    private record DraftRouting(String hash, Routed routed) {
    }

    @Override
    public PlaceMatch match(String answer) {
        RawMatch raw = matcher.match(answer);
        Routed now = routed();
        if (raw instanceof RawMatch.Found found) {
            Municipality m = now.byCode().get(found.municipality().code());
            return new PlaceMatch.Found(m, now.settings().center(m.center()));
        }
        if (raw instanceof RawMatch.Suggestion suggestion) {
            return new PlaceMatch.Suggestion(now.byCode().get(suggestion.municipality().code()),
                    suggestion.sameNameOutsideTokyo());
        }
        if (raw instanceof RawMatch.OutsideTokyo outside) {
            return new PlaceMatch.OutsideTokyo(outside.prefecture());
        }
        return new PlaceMatch.Unknown();
    }

    @Override
    public Center center(CenterId id) {
        return routed().settings().center(id);
    }

    @Override
    public List<Center> centers() {
        return routed().settings().centerList();
    }

    @Override
    public List<Municipality> municipalities() {
        return routed().municipalities();
    }

    @Override
    public Optional<Municipality> municipality(String officialName) {
        return Optional.ofNullable(officialName).map(n -> routed().byName().get(n.strip()));
    }

    @Override
    public boolean islandsUnconfirmed() {
        return !routed().settings().islandsConfirmed();
    }

    @Override
    public String islandsNote() {
        CentersSettings settings = routed().settings();
        return settings.islandsConfirmed() ? "" : settings.islandsNote();
    }

    /** A published centers.yaml goes live at once. */
    @EventListener(AdminFilesPublished.class)
    void published() {
        centersFile.checkNow();
    }

    @Override
    public List<AdminFileStatus> adminFileStatus() {
        return List.of(new AdminFileStatus("centers", centersFile.current().centerList().size(), centersFile.readAt(),
                centersFile.problems()));
    }
}
