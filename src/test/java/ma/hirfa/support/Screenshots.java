package ma.hirfa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Keeps what a browser journey showed, under target/screenshots, for people to look at. */
public final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {}

    public static void take(TakesScreenshot browser, String name) {
        try {
            Files.createDirectories(FOLDER);
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, FOLDER.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
