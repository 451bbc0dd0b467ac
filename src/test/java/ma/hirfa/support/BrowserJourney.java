package ma.hirfa.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey through the running application (next to its {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)}): before each test a fresh headless Chromium pointed at the app's port is given to every field
 * or parameter of type {@link Journey} or {@code ChromeDriver}/{@code WebDriver}; a failing test leaves a
 * screenshot in target/screenshots; the browser is closed after each test. See {@link JourneyExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(JourneyExtension.class)
public @interface BrowserJourney {}
