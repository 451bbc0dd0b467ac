package ma.hirfa.support;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Opens, hands out, photographs on failure and closes the browser of each {@link BrowserJourney} test. */
public class JourneyExtension
        implements BeforeEachCallback, AfterEachCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(JourneyExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Journey journey = journey(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    Object value = valueFor(field.getType(), journey);
                    if (value != null && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        field.set(instance, value);
                    }
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Journey.class
                || (WebDriver.class.isAssignableFrom(type) && type.isAssignableFrom(ChromeDriver.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return valueFor(parameter.getParameter().getType(), journey(context));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Journey journey = context.getStore(NAMESPACE).get(Journey.class, Journey.class);
        if (journey != null) {
            try {
                journey.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException unavailable) {
                failure.addSuppressed(unavailable);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Journey journey = context.getStore(NAMESPACE).remove(Journey.class, Journey.class);
        if (journey != null) {
            journey.browser().quit();
        }
    }

    private static Journey journey(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        Journey.class,
                        key -> new Journey(
                                Browsers.chromium(),
                                SpringExtension.getApplicationContext(context)
                                        .getEnvironment()
                                        .getRequiredProperty("local.server.port", Integer.class)),
                        Journey.class);
    }

    private static Object valueFor(Class<?> type, Journey journey) {
        if (type == Journey.class) {
            return journey;
        }
        if (WebDriver.class.isAssignableFrom(type) && type.isAssignableFrom(ChromeDriver.class)) {
            return journey.browser();
        }
        return null;
    }
}
