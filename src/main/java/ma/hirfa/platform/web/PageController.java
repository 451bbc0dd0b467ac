package ma.hirfa.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PageController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
