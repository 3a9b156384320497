package org.practiceexchange.shared.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ManageController {

	private final List<ManagementArea> areas;

	ManageController(List<ManagementArea> areas) {
		this.areas = areas.stream().sorted(Comparator.comparingInt(ManagementArea::order)).toList();
	}

	@GetMapping("/manage")
	String hub(Model model) {
		model.addAttribute("areas", areas);
		return "manage/index";
	}
}
