package ma.hirfa.platform.layout;

import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A form bound to a record is built through its constructor. When one value cannot be read ("2026-13-45" for a
 * date), the record is not built and Spring validates each readable value on its own instead, but only with a
 * validator that checks single values: Spring Boot's MVC validator does not, so a blank required field next to
 * an unreadable date went untold until the date was fixed. This gives the binder of every record form a validator
 * that checks single values (Bean Validation's own {@code validateValue}) and nothing else: once the record is
 * built, MVC's validator checks it whole, as before.
 */
@ControllerAdvice
class ReadableArgumentsValidation {

    private final SpringValidatorAdapter beanValidation;

    ReadableArgumentsValidation(jakarta.validation.Validator beanValidation) {
        this.beanValidation = new SpringValidatorAdapter(beanValidation);
    }

    @InitBinder
    void validateReadableArguments(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() != null) {
            binder.addValidators(new SingleValues(beanValidation));
        }
    }

    private record SingleValues(SmartValidator delegate) implements SmartValidator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            // the whole record is MVC's validator's
        }

        @Override
        public void validate(Object target, Errors errors, Object... hints) {
            // the whole record is MVC's validator's
        }

        @Override
        public void validateValue(Class<?> type, String field, Object value, Errors errors, Object... hints) {
            delegate.validateValue(type, field, value, errors, hints);
        }
    }
}
