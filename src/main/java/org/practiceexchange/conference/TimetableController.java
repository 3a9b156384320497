package org.practiceexchange.conference;

import java.util.List;
import java.util.Map;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The timetable builder: slots by day with times, strands and rooms; checks beside the fields; publishing. */
@Controller
@RequestMapping("/manage/conferences/{id}/timetable")
class TimetableController {

	private final ConferenceService conferences;

	TimetableController(ConferenceService conferences) {
		this.conferences = conferences;
	}

	@GetMapping
	String builder(@PathVariable Long id, Model model) {
		ConferenceViews.EditionView edition = conferences.find(id);
		model.addAttribute("slot", ConferenceForms.SlotForm.startingOn(edition.startsOn()));
		return page(edition, model);
	}

	@PostMapping
	String addSlot(@PathVariable Long id, @Valid @ModelAttribute("slot") ConferenceForms.SlotForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ConferenceViews.EditionView edition = conferences.find(id);
		if (!result.hasErrors()) {
			try {
				ConferenceViews.SlotView added = conferences.addSlot(id, form);
				redirect.addFlashAttribute("flash", "\u2018" + added.title() + "\u2019 has been added to the timetable.");
				return "redirect:/manage/conferences/" + id + "/timetable";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(edition, model);
	}

	@GetMapping("/{slotId}/edit")
	String editSlot(@PathVariable Long id, @PathVariable Long slotId, Model model) {
		ConferenceViews.EditionView edition = conferences.find(id);
		model.addAttribute("slot", conferences.slotForm(id, slotId));
		return slotPage(edition, slotId, model);
	}

	@PostMapping("/{slotId}/edit")
	String changeSlot(@PathVariable Long id, @PathVariable Long slotId,
			@Valid @ModelAttribute("slot") ConferenceForms.SlotForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ConferenceViews.EditionView edition = conferences.find(id);
		conferences.slotForm(id, slotId);
		if (!result.hasErrors()) {
			try {
				ConferenceViews.SlotView changed = conferences.changeSlot(id, slotId, form);
				redirect.addFlashAttribute("flash", "\u2018" + changed.title() + "\u2019 has been changed.");
				return "redirect:/manage/conferences/" + id + "/timetable";
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return slotPage(edition, slotId, model);
	}

	@PostMapping("/{slotId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long slotId, RedirectAttributes redirect) {
		conferences.find(id);
		conferences.removeSlot(id, slotId);
		redirect.addFlashAttribute("flash", "The slot has been taken out of the timetable.");
		return "redirect:/manage/conferences/" + id + "/timetable";
	}

	@PostMapping("/publish")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		conferences.find(id);
		try {
			conferences.publish(id);
			redirect.addFlashAttribute("flash", "The timetable is published: everyone can see the programme.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/conferences/" + id + "/timetable";
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable Long id, RedirectAttributes redirect) {
		conferences.find(id);
		conferences.withdraw(id);
		redirect.addFlashAttribute("flash", "The timetable has been taken down while you change it.");
		return "redirect:/manage/conferences/" + id + "/timetable";
	}

	private String slotPage(ConferenceViews.EditionView edition, Long slotId, Model model) {
		choices(edition, model);
		model.addAttribute("edition", edition);
		model.addAttribute("slotId", slotId);
		return "conference/slot";
	}

	private String page(ConferenceViews.EditionView edition, Model model) {
		choices(edition, model);
		model.addAttribute("edition", edition);
		model.addAttribute("programme", conferences.programme(edition.id(), true));
		model.addAttribute("slots", conferences.slots(edition.id()));
		return "conference/timetable";
	}

	/** The choices of the slot form: selected talks, rooms, strands, days and kinds. */
	private void choices(ConferenceViews.EditionView edition, Model model) {
		List<TalkApplication> talks = conferences.selectedTalks(edition.id());
		Map<Long, String> speakers = conferences.names(talks.stream().map(TalkApplication::applicantId).distinct().toList());
		model.addAttribute("talks", talks.stream()
			.map(t -> new ConferenceViews.Choice(t.id(), t.title() + " (" + speakers.getOrDefault(t.applicantId(), "") + ")"))
			.toList());
		model.addAttribute("rooms", edition.rooms().stream()
			.map(r -> new ConferenceViews.Choice(r.id(), r.name() + " (" + (r.capacity() == 1 ? "1 place" : r.capacity() + " places") + ")")).toList());
		model.addAttribute("strands", edition.strands().stream().map(s -> new ConferenceViews.Choice(s.id(), s.name())).toList());
		model.addAttribute("days", edition.startsOn().datesUntil(edition.endsOn().plusDays(1)).toList());
		model.addAttribute("kinds", List.of(Slot.Kind.values()));
	}
}
