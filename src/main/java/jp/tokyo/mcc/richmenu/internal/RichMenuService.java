package jp.tokyo.mcc.richmenu.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jp.tokyo.mcc.richmenu.RichMenu;
import jp.tokyo.mcc.richmenu.RichMenus;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.AdminFilesPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The published rich-menu.yaml as a menu: read at start and whenever administrator files are published (the menu or
 * the flows whose commands it names), and handed to {@link RichMenuSync} to be put in place in LINE. A file with
 * problems is never published, so the menu read is the last good one; no file, no menu.
 */
@Service
class RichMenuService implements RichMenus {

    private static final Logger log = LoggerFactory.getLogger(RichMenuService.class);

    private final AdminFiles files;
    private final RichMenuSync sync;
    private final ConcurrentMap<String, byte[]> images = new ConcurrentHashMap<>();
    private volatile Optional<RichMenu> current = Optional.empty();

    RichMenuService(AdminFiles files, RichMenuSync sync) {
        this.files = files;
        this.sync = sync;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        reload();
    }

    @EventListener(AdminFilesPublished.class)
    void published(AdminFilesPublished published) {
        boolean concerned = published.paths().stream().anyMatch(p -> p.equals(RichMenuFile.PATH) || !p.contains("/"));
        if (concerned) {
            reload();
        }
    }

    synchronized void reload() {
        AdminFileSet set = files.published();
        Optional<AdminFile> file = set.file(RichMenuFile.PATH);
        if (file.isEmpty()) {
            current = Optional.empty();
            return;
        }
        RichMenuFile.Result read = RichMenuFile.read(file.get().content(), set);
        if (read.definition() == null) {
            log.error("rich-menu.yaml has {} problem(s); the rich menu is left as it is", read.problems().size());
            return;
        }
        RichMenu menu = RichMenuLayout.of(read.definition());
        if (current.map(RichMenu::hash).filter(menu.hash()::equals).isEmpty()) {
            log.info("rich menu {} read from rich-menu.yaml", menu.hash());
        }
        current = Optional.of(menu);
        sync.request(menu);
    }

    @Override
    public Optional<RichMenu> current() {
        return current;
    }

    @Override
    public Optional<String> inLine() {
        return Optional.ofNullable(sync.inPlace());
    }

    @Override
    public byte[] image(RichMenu menu) {
        return images.computeIfAbsent(menu.hash(), h -> RichMenuImage.png(menu)).clone();
    }
}
