package org.aanboord.console.adapter.in.web;

import java.util.Comparator;

import org.aanboord.console.adapter.out.services.NotificationsClient;
import org.aanboord.console.adapter.out.services.NotificationsClient.AlertView;
import org.aanboord.console.signin.ConsoleUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The organisation's inbox: alerts newest first, waiting ones marked; acknowledging takes on the follow-up. */
@Controller
@RequestMapping("/inbox")
class InboxController {

    private final NotificationsClient notifications;

    InboxController(NotificationsClient notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@ModelAttribute("user") ConsoleUser user, Model model) {
        model.addAttribute("alerts", notifications.inbox(user.organisationId()).stream()
                .sorted(Comparator.comparing(AlertView::acknowledged)).toList());
        return "inbox";
    }

    @PostMapping("/{alertId}/acknowledge")
    String acknowledge(@ModelAttribute("user") ConsoleUser user, @PathVariable String alertId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AlertView alert = notifications.alert(alertId);
        if (!user.organisationId().equals(alert.recipient().organisationId())) {
            throw new NotYours("alert " + alertId);
        }
        if (htmx == null) {
            notifications.acknowledge(alertId);
            return "redirect:/inbox";
        }
        model.addAttribute("alert", notifications.acknowledge(alertId));
        return "fragments/alert :: row";
    }
}
