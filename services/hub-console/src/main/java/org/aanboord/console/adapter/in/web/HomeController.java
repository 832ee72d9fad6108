package org.aanboord.console.adapter.in.web;

import org.aanboord.console.signin.ConsoleUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The start page depends on the role: where that person's work of the day is. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@ModelAttribute("user") ConsoleUser user) {
        return switch (user.role()) {
            case SCHOOL_STAFF -> "redirect:/school";
            case CLB_WORKER -> "redirect:/inbox";
            case REGISSEUR, HUB_ADMIN -> "redirect:/region";
            case SCHOOL_SOFTWARE, DPO -> "home";
        };
    }
}
