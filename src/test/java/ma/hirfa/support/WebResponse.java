package ma.hirfa.support;

import java.net.http.HttpHeaders;

public record WebResponse(int status, String body, HttpHeaders headers) {

    public String header(String name) {
        return headers.firstValue(name).orElse("");
    }

    public String location() {
        return header("Location");
    }
}
