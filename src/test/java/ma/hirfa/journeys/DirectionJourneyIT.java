package ma.hirfa.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.registry.RegistryFixtures;
import ma.hirfa.support.BrowserJourney;
import ma.hirfa.support.Journey;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone, an agent reads an artisan's file in Arabic, then in Tamazight: a left-to-right value (national id,
 * birth date) sits right under its label on the right and reads left to right; the Arabic name sits under its
 * label on the left of a Tamazight page (ADR 0038). Positions are read from the rendered text, not the markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
@BrowserJourney
class DirectionJourneyIT {

    /** The box of an element's text (not of the element), and of its first and last character. */
    private static final String TEXT_BOXES = """
            const node = arguments[0].firstChild;
            const box = (from, to) => { const r = document.createRange(); r.setStart(node, from); r.setEnd(node, to);
                                        const b = r.getBoundingClientRect(); return {left: b.left, right: b.right}; };
            const n = node.textContent.length;
            return {text: box(0, n), first: box(0, 1), last: box(n - 1, n)};
            """;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver browser;
    private Journey journey;
    private long artisan;

    @BeforeEach
    void onAPhone() {
        PlatformFixtures.staff(accounts);
        artisan = RegistryFixtures.artisanIn("401").registered(journey.port());
        journey.phone();
        journey.login("agent.draa");
    }

    @Test
    void leftToRightValuesStayUnderTheirLabelsOnAnArabicPage() {
        journey.open("/registry/artisans/" + artisan + "?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");

        for (String field : new String[] {"nationalId", "birthDate"}) {
            Map<String, Map<String, Number>> label = boxes(label("registry.artisan." + field, "ar"));
            Map<String, Map<String, Number>> value = boxes(valueOf(label("registry.artisan." + field, "ar")));

            assertThat(right(value, "text"))
                    .as("%s is aligned on the right, under its label", field)
                    .isCloseTo(right(label, "text"), offset(2.0));
            assertThat(left(value, "first")).as("%s reads left to right", field).isLessThan(left(value, "last"));
        }
        WebElement validity =
                browser.findElement(By.id("card-status")).findElement(By.xpath("following-sibling::span"));
        @SuppressWarnings("unchecked")
        Map<String, Number> issued = (Map<String, Number>) browser.executeScript("""
                const node = arguments[0].firstChild, date = /\\d{4}-\\d{2}-\\d{2}/.exec(node.textContent);
                const left = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                                    return r.getBoundingClientRect().left; };
                return {first: left(date.index), last: left(date.index + 9)};
                """, validity);
        assertThat(issued.get("first").doubleValue())
                .as("the card's issue date, inside an Arabic sentence, reads left to right (year first)")
                .isLessThan(issued.get("last").doubleValue());
        Map<String, Map<String, Number>> number = boxes(browser.findElement(By.id("registration-number")));
        assertThat(left(number, "first"))
                .as("the registration number reads left to right")
                .isLessThan(left(number, "last"));
        assertThat(signedInAs()).contains("موظف الغرفة").contains("درعة - تافيلالت");
        journey.screenshot("direction-artisan-ar-phone");
    }

    @Test
    void anArabicNameStaysUnderItsLabelOnATamazightPage() {
        journey.open("/registry/artisans/" + artisan + "?lang=zgh");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("ltr");

        WebElement label = label("registry.artisan.nameAr", "zgh");
        Map<String, Map<String, Number>> name = boxes(valueOf(label));

        assertThat(left(name, "text"))
                .as("the Arabic name starts on the left, under its label")
                .isCloseTo(left(boxes(label), "text"), offset(2.0));
        assertThat(left(name, "first"))
                .as("the Arabic name reads right to left")
                .isGreaterThan(left(name, "last"));
        assertThat(left(boxes(browser.findElement(By.cssSelector("main h1 bdi"))), "text"))
                .as("the heading starts on the left like the page, with the Arabic name")
                .isCloseTo(left(boxes(label), "text"), offset(2.0));
        assertThat(signedInAs()).contains("ⴷⵔⵄⴰ - ⵜⴰⴼⵉⵍⴰⵍⵜ");
        journey.screenshot("direction-artisan-zgh-phone");
    }

    @Test
    void aCriterionNotYetTranslatedIntoTamazightShowsInFrenchWithAMarker() {
        String craft = jdbc.queryForObject(
                "select max(code) from ref_craft where code not in (select craft_code from vae_framework)",
                String.class);
        WebResponse added = new WebSession(journey.port())
                .postJson(
                        "/api/v1/vae/frameworks/" + craft + "/ATTESTATION/competencies",
                        """
                        {"nameAr":"تزيين","nameFr":"Décorer","nameZgh":"ⴰⵣⵓⵡⵡⵇ","criteria":"Motifs réguliers et symétriques"}""",
                        "Authorization",
                        WebSession.basic("admin", "demo1234"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);

        journey.open("/vae/frameworks?craft=" + craft + "&level=ATTESTATION&lang=zgh");

        List<WebElement> rows = browser.findElements(By.cssSelector("#competencies tbody tr"));
        WebElement row = rows.get(rows.size() - 1);
        assertThat(row.findElement(By.cssSelector("span[lang=fr]")).getText())
                .isEqualTo("Motifs réguliers et symétriques");
        assertThat(row.findElement(By.cssSelector(".hirfa-untranslated")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.cssSelector("#competencies tbody tr span[lang=zgh]"))
                        .getText())
                .startsWith("ⵉⵎⴰⵙⵙⵏ");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", row);
        journey.screenshot("words-criteria-zgh-phone");
    }

    private WebElement label(String key, String language) {
        String text = messages.getMessage(key, null, Locale.forLanguageTag(language));
        return browser.findElements(By.cssSelector("main dl dt")).stream()
                .filter(dt -> dt.getText().strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no label " + text));
    }

    private static WebElement valueOf(WebElement label) {
        return label.findElement(By.xpath("following-sibling::dd[1]"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Number>> boxes(WebElement element) {
        return (Map<String, Map<String, Number>>) browser.executeScript(TEXT_BOXES, element);
    }

    private static double left(Map<String, Map<String, Number>> boxes, String which) {
        return boxes.get(which).get("left").doubleValue();
    }

    private static double right(Map<String, Map<String, Number>> boxes, String which) {
        return boxes.get(which).get("right").doubleValue();
    }

    /** Who the header says is signed in: at phone size that line sits in the folded menu, so open it first. */
    private String signedInAs() {
        browser.findElement(By.id("menu-button")).click();
        return browser.findElement(By.id("me")).getText();
    }
}
