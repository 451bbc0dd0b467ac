package ma.hirfa.platform.transfer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * The servlet container's multipart limit is one setting for the whole application, raised to the size of
 * the largest import (a 1 M-row legacy list is about 100 MB). This resolver keeps the former request limit
 * ({@code hirfa.upload.max-request-size}) for every other upload, so supporting documents and photos are
 * refused as before, before their body is read.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    static final String IMPORTS = "/transfer/imports";

    @Bean
    MultipartResolver multipartResolver(@Value("${hirfa.upload.max-request-size:6MB}") DataSize otherUploads) {
        return new StandardServletMultipartResolver() {
            @Override
            public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (!path.equals(IMPORTS) && request.getContentLengthLong() > otherUploads.toBytes()) {
                    throw new MaxUploadSizeExceededException(otherUploads.toBytes());
                }
                return super.resolveMultipart(request);
            }
        };
    }
}
