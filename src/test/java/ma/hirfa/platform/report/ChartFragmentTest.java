package ma.hirfa.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The chart fragment as a browser receives it: SVG without script or inline style, and a table under it. */
class ChartFragmentTest {

    @Test
    void theChartIsDrawnWithoutScriptOrStyleAndItsFiguresAreATableWithCaptionAndHeaders() {
        Chart chart = new Chart(
                "report.chart",
                "report.craft",
                List.of(
                        new Series("status.RUNNING", List.of(Count.named("فخار", 10), Count.keyed("craft.none", 4))),
                        new Series("status.ABANDONED", List.of(Count.named("فخار", 1), Count.keyed("craft.none", 0)))));

        String html = render(chart);

        assertThat(html).contains("<svg id=\"chart\" role=\"img\"").contains("aria-label=\"العقود حسب الحرفة\"");
        assertThat(html).contains("<rect").doesNotContain("style=").doesNotContain("<script");
        assertThat(html)
                .contains("<caption class=\"caption-top\">العقود حسب الحرفة</caption>")
                .contains("<th scope=\"col\">الحرفة</th>")
                .contains("<th scope=\"col\" class=\"text-end\">جارية</th>")
                .contains(">فخار</th>")
                .contains(">بدون حرفة</th>")
                .contains("<td class=\"text-end\">10</td>");
    }

    @Test
    void anEmptyChartDrawsNothing() {
        assertThat(render(Chart.of("report.chart", "report.craft", new Series("status.RUNNING", List.of()))))
                .doesNotContain("<svg")
                .doesNotContain("<table");
    }

    private static String render(Chart chart) {
        StaticMessageSource messages = new StaticMessageSource();
        Locale ar = Locale.forLanguageTag("ar");
        messages.addMessage("report.chart", ar, "العقود حسب الحرفة");
        messages.addMessage("report.craft", ar, "الحرفة");
        messages.addMessage("status.RUNNING", ar, "جارية");
        messages.addMessage("status.ABANDONED", ar, "متخلى عنها");
        messages.addMessage("craft.none", ar, "بدون حرفة");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver page = new StringTemplateResolver();
        page.setOrder(1);
        page.setResolvablePatterns(Set.of("<*"));
        ClassLoaderTemplateResolver fragments = new ClassLoaderTemplateResolver();
        fragments.setPrefix("templates/");
        fragments.setSuffix(".html");
        fragments.setOrder(2);
        engine.addTemplateResolver(page);
        engine.addTemplateResolver(fragments);
        engine.setTemplateEngineMessageSource(messages);
        Context context = new Context(ar);
        context.setVariable("chart", chart);
        return engine.process("<div th:replace=\"~{platform/report :: chart(${chart}, 'chart')}\"></div>", context);
    }
}
