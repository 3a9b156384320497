package org.practiceexchange.programme;

import org.practiceexchange.shared.DomainRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Themes: add, rename, retire and restore. */
@Controller
@RequestMapping("/manage/themes")
class ThemeAdminController {

	private final ProgrammeService programmes;

	private final ThemeService themes;

	ThemeAdminController(ProgrammeService programmes, ThemeService themes) {
		this.programmes = programmes;
		this.themes = themes;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("themes", programmes.allThemes());
		return "programme/themes";
	}

	@PostMapping
	String add(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
		try {
			ThemeSummary theme = themes.add(name);
			redirect.addFlashAttribute("flash", "The theme ‘" + theme.name() + "’ has been added.");
			return "redirect:/manage/themes";
		}
		catch (DomainRuleException ex) {
			model.addAttribute("newName", name);
			model.addAttribute("newNameError", ex.getMessage());
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("theme", load(id));
		return "programme/theme";
	}

	@PostMapping("/{id}")
	String rename(@PathVariable Long id, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		ThemeSummary theme = load(id);
		try {
			themes.rename(id, name);
			redirect.addFlashAttribute("flash", "The theme has been renamed.");
			return "redirect:/manage/themes";
		}
		catch (DomainRuleException ex) {
			model.addAttribute("theme", theme);
			model.addAttribute("name", name);
			model.addAttribute("nameError", ex.getMessage());
			return "programme/theme";
		}
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable Long id, RedirectAttributes redirect) {
		load(id);
		themes.retire(id);
		redirect.addFlashAttribute("flash", "The theme has been retired. Past work keeps it.");
		return "redirect:/manage/themes";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		load(id);
		themes.restore(id);
		redirect.addFlashAttribute("flash", "The theme can be chosen again.");
		return "redirect:/manage/themes";
	}

	private ThemeSummary load(Long id) {
		return programmes.allThemes().stream().filter(t -> t.id().equals(id)).findFirst()
			.orElseThrow(() -> new org.practiceexchange.shared.RecordNotFoundException("Theme", id));
	}
}
