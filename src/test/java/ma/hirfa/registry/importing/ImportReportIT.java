package ma.hirfa.registry.importing;

import static ma.hirfa.registry.importing.ImportFixtures.HEADER;
import static ma.hirfa.registry.importing.ImportFixtures.count;
import static ma.hirfa.registry.importing.ImportFixtures.state;
import static ma.hirfa.registry.importing.ImportFixtures.waitForJob;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.account.AccountService;
import ma.hirfa.platform.account.PlatformFixtures;
import ma.hirfa.support.WebResponse;
import ma.hirfa.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import report in the reader's language: columns named as the reader names them, a repeated row says
 * which earlier row it repeats, a committed job links to the drafts it created; each kind lists its columns and
 * offers a template; job states read differently from a file's states.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirfa.demo=false")
class ImportReportIT {

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @BeforeEach
    void staff() {
        PlatformFixtures.staff(accounts);
    }

    @Test
    void theReportNamesColumnsInArabicSaysWhichRowIsRepeatedAndLinksToTheDraftsCreated() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        agent.get("/transfer/imports?lang=ar");
        String csv = HEADER
                + "JR300001,سعيد,أمغار,,,M,1979-04-02,,201,,\n"
                + "JR300002,زينب,أيت علي,,,F,31/31/1980,,201,,\n"
                + "JR300003,حادة,أوعلي,,,F,1985-07-15,,201,,\n"
                + "JR300001,سعيد,أمغار,,,M,1979-04-02,,201,,\n";
        WebResponse sent = agent.upload(
                "/transfer/imports",
                Map.of("kind", "artisans", "source", "report-ar"),
                "file",
                "list.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        long job = Long.parseLong(sent.location().replaceAll(".*/", ""));

        String report = waitForJob(agent, job);
        assertThat(state(report)).isEqualTo("VALIDATED");
        assertThat(report)
                .contains("نفس المعرّف (JR300001) كما في السطر 2")
                .contains("تاريخ الازدياد : ")
                .doesNotContain("birth_date : ");
        String reportCsv =
                new String(agent.download("/transfer/imports/" + job + "/report.csv"), StandardCharsets.UTF_8);
        assertThat(reportCsv).contains("تاريخ الازدياد : ").contains("السطر 2");

        agent.post("/transfer/imports/" + job + "/commit", Map.of());
        String done = waitForJob(agent, job);
        assertThat(state(done)).isEqualTo("COMMITTED");
        assertThat(done).contains("انتهى الاستيراد").doesNotContain(">مسجل<");
        Matcher link =
                Pattern.compile("id=\"import-written-link\" href=\"([^\"]+)\"").matcher(done);
        assertThat(link.find()).as(done).isTrue();
        assertThat(link.group(1)).isEqualTo("/registry/artisans?importJob=" + job);

        String drafts = agent.get(link.group(1)).body();
        assertThat(drafts).contains("JR300001").contains("JR300003").doesNotContain("JR300002");
        assertThat(drafts).contains("2 ملف");
        assertThat(count(done, "count-written")).isEqualTo(2);
    }

    @Test
    void eachKindListsItsColumnsInTheReadersLanguageWithATemplateToFill() {
        WebSession agent = WebSession.loggedIn(port, "agent.draa");
        String page = agent.get("/transfer/imports?lang=ar").body();
        assertThat(page)
                .contains("id=\"import-columns\"")
                .contains("<code>national_id</code>")
                .contains("رقم البطاقة الوطنية")
                .contains("رمز الإقليم")
                .contains("/transfer/imports/templates/artisans.csv");

        String template =
                new String(agent.download("/transfer/imports/templates/artisans.csv"), StandardCharsets.UTF_8);
        assertThat(template.replace("\uFEFF", "").strip()).isEqualTo(HEADER.strip());
        WebResponse xlsx = agent.get("/transfer/imports/templates/artisans.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).contains("spreadsheetml");
        assertThat(agent.get("/transfer/imports/templates/fund-claims.csv").status())
                .as("a kind this user may not import")
                .isEqualTo(404);
    }
}
