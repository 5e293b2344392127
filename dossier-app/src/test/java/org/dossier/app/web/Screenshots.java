package org.dossier.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dossier.store.db.Store;
import org.dossier.store.query.EntitySummary;
import org.dossier.store.query.Filter;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the README's pictures of the page over a store: {@code timeline.png} and {@code entity.png}
 * (the most mentioned person, or the entity given). Run by hand over the demo store:
 * {@code java -cp … org.dossier.app.web.Screenshots DATA_DIR OUT_DIR [ENTITY_ID]}; {@code --fixture} for
 * DATA_DIR shows the tests' hand-made store instead.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path data = args[0].equals("--fixture")
                ? Fixture.fill(Files.createTempDirectory("dossier-fixture").resolve("data")) : Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        try (Store store = Store.open(data, Store.Mode.READ);
             WebServer server = WebServer.start(store, Fixture.config(1 << 20));
             Browser browser = Browser.start(1280, 1000)) {
            String entity = args.length > 2 ? args[2] : store.entities(Filter.all()).stream()
                    .filter(e -> e.type().name().equals("PERSON")).map(EntitySummary::id).findFirst().orElseThrow();
            shoot(browser, server.url() + "#/timeline", out.resolve("timeline.png"));
            shoot(browser, server.url() + "#/entity/" + entity, out.resolve("entity.png"));
        }
    }

    private static void shoot(Browser browser, String url, Path file) throws Exception {
        browser.open(url);
        Path png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(png, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(file + " ← " + url);
    }
}
