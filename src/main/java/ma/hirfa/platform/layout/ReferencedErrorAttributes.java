package ma.hirfa.platform.layout;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every error a short reference that the error page shows and the log repeats, so support can find
 * the stack trace without ever showing it to the user.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        String reference = HexFormat.of()
                .withUpperCase()
                .toHexDigits(ThreadLocalRandom.current().nextInt());
        attributes.put("reference", reference);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            log.error("Error reference {} on {}", reference, attributes.get("path"), getError(request));
        }
        return attributes;
    }
}
