package ma.hirfa.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every browser journey does the same way: open a page of the app, sign in, click and wait for the next page. */
public final class Journeys {

    private Journeys() {}

    public static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in with the demo password and waits until the login page is left. */
    public static void login(WebDriver browser, int port, String username) {
        browser.get(url(port, "/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo1234");
        click(browser, By.cssSelector("main form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Clicks what loads a new page and waits for it before anything is read. On a small screen a sticky bar may
     * cover the element: the click is then given to the element itself.
     */
    public static void click(WebDriver browser, By target) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        // Found again at every poll: right after a redirect the element first found may belong to a document the
        // browser is already replacing (Chromium then answers "node does not belong to the document").
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(5))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> {
                    WebElement found = driver.findElement(target);
                    // At phone size the header's links are folded in the menu: open it as a user would.
                    script.executeScript(
                            "const menu = arguments[0].closest('details.hirfa-menu');"
                                    + " if (menu && !menu.open && getComputedStyle(menu.querySelector('summary')).display"
                                    + " !== 'none') { menu.querySelector('summary').click(); }",
                            found);
                    script.executeScript("arguments[0].scrollIntoView({block: 'center'})", found);
                    return found.isDisplayed() && found.isEnabled() ? found : null;
                });
        WebElement page = browser.findElement(By.tagName("html"));
        try {
            element.click();
        } catch (ElementClickInterceptedException coveredOnASmallScreen) {
            script.executeScript("arguments[0].click()", element);
        }
        try {
            // Chromium sometimes reports the old page's node as "not belonging to the document" rather than stale.
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
                try {
                    page.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            });
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(driver -> "complete".equals(script.executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            if (browser instanceof org.openqa.selenium.TakesScreenshot camera) {
                Screenshots.take(
                        camera, "no-next-page-after-" + target.toString().replaceAll("[^A-Za-z0-9-]", "_"));
            }
            String invalid = String.valueOf(script.executeScript(
                    "return Array.from(document.querySelectorAll(':invalid')).map(e => e.id || e.name).join(',')"));
            throw new AssertionError(
                    "no new page after clicking " + target + " (fields the browser finds invalid: [" + invalid + "])",
                    stillThere);
        }
    }
}
