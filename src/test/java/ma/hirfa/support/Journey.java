package ma.hirfa.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser on the running application, with the steps every journey takes. Given by {@link BrowserJourney}. */
public final class Journey {

    private final ChromeDriver browser;
    private final int port;

    Journey(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    public ChromeDriver browser() {
        return browser;
    }

    public int port() {
        return port;
    }

    /** Makes the window the size of a common phone (390 × 844), for journeys that must work on one. */
    public void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    public String url(String path) {
        return Journeys.url(port, path);
    }

    /** Opens a page of the application, e.g. {@code open("/registry/artisans?lang=ar")}. */
    public void open(String path) {
        browser.get(url(path));
    }

    /** Signs in with the demo password and waits until the login page is left. */
    public void login(String username) {
        Journeys.login(browser, port, username);
    }

    /** Signs out with the header's button and waits for the login page. */
    public void logout() {
        click(By.cssSelector("header form[action$='/logout'] button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().contains("/login?logout"));
    }

    /** Clicks what loads a new page and waits for it (see {@link Journeys#click}). */
    public void click(By target) {
        Journeys.click(browser, target);
    }

    /**
     * Follows a link inside the page (a fragment such as {@code #month-2024-05}), which loads no new page. Chromium
     * headless at times gives a click on a cell of a scrolled table a point outside the screen; the link is then
     * followed by the element itself.
     */
    public static void follow(ChromeDriver browser, WebElement link) {
        // Instant: Bootstrap scrolls smoothly, and a click computed mid-scroll lands off the screen.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        try {
            link.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException pointOffScreen) {
            browser.executeScript("arguments[0].click()", link);
        }
    }

    public void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** Keeps what the page shows under target/screenshots/{name}.png. */
    public void screenshot(String name) {
        Screenshots.take(browser, name);
    }
}
