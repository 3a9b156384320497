package org.practiceexchange.conference;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme manager's editions: details, rooms and strands, the call for speakers, attendees. */
@Controller
@RequestMapping("/manage/conferences")
class ConferenceAdminController {

	private final ConferenceService conferences;

	private final RegistrationService registrations;

	ConferenceAdminController(ConferenceService conferences, RegistrationService registrations) {
		this.conferences = conferences;
		this.registrations = registrations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("editions", conferences.all());
		return "conference/manage-list";
	}

	@GetMapping("/new")
	String newEdition(Model model) {
		model.addAttribute("form", ConferenceForms.EditionForm.empty());
		model.addAttribute("existing", null);
		return "conference/manage-form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") ConferenceForms.EditionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ConferenceViews.EditionView created = conferences.create(form);
				redirect.addFlashAttribute("flash", created.title() + " has been set up. Add its rooms and strands below.");
				return "redirect:/manage/conferences/" + created.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("existing", null);
		return "conference/manage-form";
	}

	@GetMapping("/{id}")
	String edition(@PathVariable Long id, Model model) {
		return page(id, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("existing", conferences.find(id));
		model.addAttribute("form", ConferenceForms.EditionForm.of(conferences.load(id)));
		return "conference/manage-form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ConferenceForms.EditionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ConferenceViews.EditionView existing = conferences.find(id);
		if (!result.hasErrors()) {
			try {
				conferences.update(id, form);
				redirect.addFlashAttribute("flash", "The changes have been saved.");
				return "redirect:/manage/conferences/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("existing", existing);
		return "conference/manage-form";
	}

	@PostMapping("/{id}/call")
	String call(@PathVariable Long id, @RequestParam(required = false) String action, RedirectAttributes redirect) {
		conferences.find(id);
		try {
			if ("open".equals(action)) {
				conferences.openCall(id);
				redirect.addFlashAttribute("flash", "The call for speakers is open.");
			}
			else if ("close".equals(action)) {
				conferences.closeCall(id);
				redirect.addFlashAttribute("flash", "The call for speakers is closed.");
			}
			else {
				redirect.addFlashAttribute("problem", "Choose whether to open or close the call");
			}
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/conferences/" + id;
	}

	@PostMapping("/{id}/rooms")
	String addRoom(@PathVariable Long id, @Valid @ModelAttribute("room") ConferenceForms.RoomForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		conferences.find(id);
		if (!result.hasErrors()) {
			try {
				conferences.addRoom(id, form);
				redirect.addFlashAttribute("flash", form.roomName().strip() + " has been added.");
				return "redirect:/manage/conferences/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(id, model);
	}

	@PostMapping("/{id}/strands")
	String addStrand(@PathVariable Long id, @Valid @ModelAttribute("strand") ConferenceForms.StrandForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		conferences.find(id);
		if (!result.hasErrors()) {
			try {
				conferences.addStrand(id, form);
				redirect.addFlashAttribute("flash", "The strand " + form.strandName().strip() + " has been added.");
				return "redirect:/manage/conferences/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(id, model);
	}

	@GetMapping("/{id}/attendees")
	String attendees(@PathVariable Long id, Model model) {
		model.addAttribute("edition", conferences.find(id));
		model.addAttribute("attendees", registrations.attendees(id));
		return "conference/attendees";
	}

	@GetMapping("/{id}/attendees.csv")
	void attendeesCsv(@PathVariable Long id, HttpServletResponse response) throws IOException {
		ConferenceViews.EditionView edition = conferences.find(id);
		csv(response, "conference-" + edition.year() + "-attendees.csv");
		registrations.writeAttendees(id, response.getWriter());
	}

	@GetMapping("/{id}/badges.csv")
	void badgesCsv(@PathVariable Long id, HttpServletResponse response) throws IOException {
		ConferenceViews.EditionView edition = conferences.find(id);
		csv(response, "conference-" + edition.year() + "-badges.csv");
		registrations.writeBadges(id, response.getWriter());
	}

	private static void csv(HttpServletResponse response, String name) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
	}

	private String page(Long id, Model model) {
		ConferenceViews.EditionView edition = conferences.find(id);
		model.addAttribute("edition", edition);
		model.addAttribute("placesLeft", registrations.placesLeft(conferences.load(id)));
		if (!model.containsAttribute("room")) {
			model.addAttribute("room", ConferenceForms.RoomForm.empty());
		}
		if (!model.containsAttribute("strand")) {
			model.addAttribute("strand", ConferenceForms.StrandForm.empty());
		}
		return "conference/manage-edition";
	}
}
