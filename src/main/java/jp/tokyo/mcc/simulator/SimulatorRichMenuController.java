package jp.tokyo.mcc.simulator;

import java.util.List;

import jp.tokyo.mcc.richmenu.RichMenu;
import jp.tokyo.mcc.richmenu.RichMenus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published rich menu for the simulator page, as LINE shows it: the image the bot draws for LINE and its tappable
 * areas (what each sends). The page lays the areas over the image; a tap sends the area's text as the family's message.
 * No menu published: 204.
 */
@RestController
@RequestMapping("/simulator/api/rich-menu")
class SimulatorRichMenuController {

    private final ObjectProvider<RichMenus> menus;

    SimulatorRichMenuController(ObjectProvider<RichMenus> menus) {
        this.menus = menus;
    }

    /** An area in the image's pixels, and the text a tap sends. */
    record Area(int x, int y, int width, int height, String label, String text) {
    }

    record MenuView(String chatBarText, int width, int height, String hash, List<Area> areas) {
    }

    @GetMapping
    ResponseEntity<MenuView> menu() {
        return current().map(m -> ResponseEntity.ok(new MenuView(m.chatBarText(), m.width(), m.height(), m.hash(),
                        m.areas().stream().map(a -> new Area(a.x(), a.y(), a.width(), a.height(), a.label(), a.text()))
                                .toList())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/image")
    ResponseEntity<byte[]> image(@RequestParam(name = "v", required = false) String version) {
        RichMenus all = menus.getIfAvailable();
        return current().map(m -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noCache()).body(all.image(m)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private java.util.Optional<RichMenu> current() {
        RichMenus all = menus.getIfAvailable();
        return all == null ? java.util.Optional.empty() : all.current();
    }
}
