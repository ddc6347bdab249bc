package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jp.tokyo.mcc.line.IncomingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: each feature package talks to others only through their published API and events, and no two
 * modules depend on each other in a cycle. Writes the module diagrams (PlantUML) and a canvas per module into
 * {@code docs/modules/} (that folder is generated: it is emptied first).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CareBotApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** Who answers a family's event is decided in one place: safety, then an open inquiry, then the conversation. */
    @Test
    void theRouterIsTheOnlyListenerOfIncomingEvents() {
        assertThat(MODULES.stream()
                .filter(m -> m.getEventsListenedTo(MODULES).stream().anyMatch(t -> t.isEquivalentTo(IncomingEvent.class)))
                .map(ApplicationModule::getName))
                .containsExactly("router");
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The documenter writes components and relations in an order that changes from run to run; sorted, the files
     * change only when the modules do (they are kept in version control).
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = listKind(lines.get(i));
            int end = i + 1;
            while (kind != null && end < lines.size() && kind.equals(listKind(lines.get(end)))) {
                end++;
            }
            List<String> run = new ArrayList<>(lines.subList(i, end));
            if (kind != null) {
                Collections.sort(run);
            }
            out.addAll(run);
            i = end;
        }
        return out;
    }

    private static String listKind(String line) {
        String t = line.strip();
        for (String kind : List.of("Rel(", "Component(", "* ")) {
            if (t.startsWith(kind)) {
                return kind;
            }
        }
        return null;
    }
}
