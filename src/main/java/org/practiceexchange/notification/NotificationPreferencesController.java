package org.practiceexchange.notification;

import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person chooses, per kind, how they hear about things. */
@Controller
class NotificationPreferencesController {

	private final NotificationPreferences preferences;

	NotificationPreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/account/notifications")
	String form(Principal principal, Model model) {
		return page(preferences.choicesOf(principal.getName()), null, model);
	}

	@PostMapping("/account/notifications")
	String save(Principal principal, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(preferences.choicesOf(principal.getName()));
		NotificationKind missing = null;
		for (NotificationKind kind : NotificationKind.values()) {
			String value = form.get(kind.name());
			Delivery delivery = List.of(Delivery.values()).stream().filter(d -> d.name().equals(value)).findFirst().orElse(null);
			if (delivery == null) {
				missing = missing == null ? kind : missing;
			}
			else {
				choices.put(kind, delivery);
			}
		}
		if (missing != null) {
			return page(choices, missing, model);
		}
		preferences.choose(principal.getName(), choices);
		redirect.addFlashAttribute("flash", "Your e-mail choices have been saved.");
		return "redirect:/account/notifications";
	}

	private String page(Map<NotificationKind, Delivery> choices, NotificationKind missing, Model model) {
		model.addAttribute("choices", choices);
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("missing", missing);
		return "notification/preferences";
	}
}
