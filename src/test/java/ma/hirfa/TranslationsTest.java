package ma.hirfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every user-visible word goes through a message key, and every key exists in Arabic, French and Tamazight. */
class TranslationsTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<String> LANGUAGES = List.of("ar", "fr", "zgh");
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\{[0-9a-z]+})");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.\\-]*)");
    /** A key prefix joined to a value at run time, in a template ({@code #{'a.b.' + ...}) or in Java. */
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{'([a-z][\\w.]*\\.)'\\s*\\+");

    /** Strings in code that look like keys and are not: usernames, names of job queues. */
    private static final Set<String> NOT_KEYS = Set.of("coverage.draa", "matching.scan", "infrastructure.units");

    private static final Set<String> TRANSLATABLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

    @Test
    void everyKeyExistsInEveryLanguageOfItsModule() throws IOException {
        for (Path module : modules()) {
            Properties french = load(module, "fr");
            for (String language : LANGUAGES) {
                Properties bundle = load(module, language);
                assertThat(bundle.stringPropertyNames())
                        .as("keys of %s in %s", module.getFileName(), language)
                        .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
                bundle.forEach((key, value) -> assertThat(value.toString())
                        .as("%s in %s", key, language)
                        .isNotBlank());
            }
        }
    }

    @Test
    void translationsKeepTheSamePlaceholdersAndAreValidMessageFormats() throws IOException {
        for (Path module : modules()) {
            Properties french = load(module, "fr");
            for (String language : LANGUAGES) {
                Properties bundle = load(module, language);
                for (String key : bundle.stringPropertyNames()) {
                    String value = bundle.getProperty(key);
                    assertThat(placeholders(value))
                            .as("placeholders of %s in %s", key, language)
                            .isEqualTo(placeholders(french.getProperty(key, "")));
                    if (value.matches("(?s).*\\{[0-9]}.*")) {
                        assertThat(value)
                                .as("%s in %s: a plain apostrophe breaks MessageFormat, use ’", key, language)
                                .doesNotContain("'");
                        assertThat(new MessageFormat(value, Locale.ROOT).format(new Object[] {"x", "y", "z"}))
                                .isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (Set.of("script", "style", "code").contains(element.tagName())) {
                    continue;
                }
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext");
                if (!replaced && element.ownText().codePoints().anyMatch(Character::isLetter)) {
                    literals.add(template + ": <" + element.tagName() + "> " + element.ownText());
                }
                for (String attribute : TRANSLATABLE_ATTRIBUTES) {
                    if (element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
                        literals.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("literal text in templates").isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (Path module : modules()) {
            known.addAll(load(module, "fr").stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            collect(TEMPLATE_KEY.matcher(Files.readString(template)), used);
        }
        for (Path source : javaSources()) {
            collect(javaKey().matcher(Files.readString(source)), used);
        }
        used.removeAll(NOT_KEYS);
        used.addAll(TranslatedEnums.keys(known));
        used.removeIf(key -> key.endsWith("."));
        // A prefix handed to a kit (ListOption.of(values, "vae.status"), Crosstab pages) is not a key itself; the
        // keys it builds are checked through TranslatedEnums.
        used.removeIf(key -> !known.contains(key) && known.stream().anyMatch(k -> k.startsWith(key + ".")));
        assertThat(known).as("message keys").containsAll(used);
    }

    @Test
    void everyKeyBuiltAtRunTimeSaysWhichEnumFillsIt() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        for (Path template : templates()) {
            collect(TEMPLATE_PREFIX.matcher(Files.readString(template)), prefixes);
        }
        Pattern javaPrefix = Pattern.compile("\"(" + modulePattern() + "(?:\\.[a-zA-Z]+)*\\.)\"\\s*\\+");
        for (Path source : javaSources()) {
            collect(javaPrefix.matcher(Files.readString(source)), prefixes);
        }
        assertThat(prefixes)
                .as("prefixes joined to a value: add each to TranslatedEnums")
                .allMatch(TranslatedEnums.isDeclared()::apply);
    }

    @Test
    void everyConstantOfATranslatedEnumHasItsKeyInEveryLanguage() throws IOException {
        for (String language : LANGUAGES) {
            Set<String> known = new HashSet<>();
            for (Path module : modules()) {
                known.addAll(load(module, language).stringPropertyNames());
            }
            assertThat(known).as("enum keys in %s", language).containsAll(TranslatedEnums.keys(known));
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        collect(PLACEHOLDER.matcher(value), found);
        return found;
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(I18N)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Keys named in Java code: a string starting with one of the modules that have a bundle. */
    private static Pattern javaKey() throws IOException {
        return Pattern.compile("[\"{](" + modulePattern() + "\\.[a-zA-Z][\\w.\\-]*)[\"}]");
    }

    private static String modulePattern() throws IOException {
        return "(?:"
                + String.join(
                        "|",
                        modules().stream().map(m -> m.getFileName().toString()).toList())
                + ")";
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> sources = Files.walk(JAVA)) {
            return sources.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path module, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                module.resolve("messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
