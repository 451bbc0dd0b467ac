package ma.hirfa.platform.layout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PageController {

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
