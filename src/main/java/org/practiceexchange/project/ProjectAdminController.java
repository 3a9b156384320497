package org.practiceexchange.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.practiceexchange.account.People;
import org.practiceexchange.account.Role;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.FormErrors;
import org.practiceexchange.shared.web.HtmxFragment;
import org.practiceexchange.shared.export.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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

/** A programme manager's dashboard of every project, with its exports, and setting projects up: details, members, schedule. */
@Controller
@RequestMapping("/manage/projects")
class ProjectAdminController {

	private final ProjectService projects;

	private final ProjectPages pages;

	private final SessionService sessions;

	private final ProgrammeCatalogue catalogue;

	private final People people;

	private final ProjectDashboard dashboard;

	private final MessageSource messages;

	ProjectAdminController(ProjectService projects, ProjectPages pages, SessionService sessions,
			ProgrammeCatalogue catalogue, People people, ProjectDashboard dashboard, MessageSource messages) {
		this.dashboard = dashboard;
		this.messages = messages;
		this.projects = projects;
		this.pages = pages;
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.people = people;
	}

	@GetMapping
	@HtmxFragment("results")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) Long cohort, @RequestParam(required = false) Long theme,
			@RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) ProjectDashboard.Order sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ProjectDashboard.Filter filter = new ProjectDashboard.Filter(q, programme, cohort, theme, status, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", List.of(ProjectStatus.values()));
		model.addAttribute("orders", List.of(ProjectDashboard.Order.values()));
		model.addAttribute("programmes", catalogue.all());
		model.addAttribute("cohorts", cohortOptions());
		model.addAttribute("themes", catalogue.allThemes());
		model.addAttribute("figureKeys", dashboard.figureKeys());
		model.addAttribute("page", dashboard.page(filter, page));
		return "project/manage-list";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String q, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) Long cohort, @RequestParam(required = false) Long theme,
			@RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) ProjectDashboard.Order sort) {
		ProjectDashboard.Filter filter = new ProjectDashboard.Filter(q, programme, cohort, theme, status, sort);
		return Downloads.csv("projects", exportHeader(), exportRows(filter));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String q, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) Long cohort, @RequestParam(required = false) Long theme,
			@RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) ProjectDashboard.Order sort) {
		ProjectDashboard.Filter filter = new ProjectDashboard.Filter(q, programme, cohort, theme, status, sort);
		return Downloads.xlsx("projects", text("projects.manage.title"), exportHeader(), exportRows(filter));
	}

	private List<String> exportHeader() {
		List<String> header = new ArrayList<>(List.of(text("project.title"), text("project.kind"), text("project.programme"),
				text("project.cohort"), text("project.status"), text("project.lead"), text("project.partners"),
				text("project.facilitator"), text("project.mentor"), text("project.validator")));
		dashboard.figureKeys().forEach(key -> header.add(text("projects.dashboard.figure", text(key))));
		header.addAll(List.of(text("projects.dashboard.late"), text("projects.dashboard.daysCommitted"),
				text("projects.dashboard.daysUsed")));
		return header;
	}

	private List<List<Object>> exportRows(ProjectDashboard.Filter filter) {
		return dashboard.all(filter).stream().map(row -> {
			List<Object> cells = new ArrayList<>(List.of(row.title(), text("projectKind." + row.kind()),
					nonNull(row.programme()), nonNull(row.cohort()), text("projectStatus." + row.status()),
					nonNull(row.leadProvider()), row.partnerNames(), nonNull(row.facilitator()), nonNull(row.mentor()),
					nonNull(row.validator())));
			cells.addAll(row.figures());
			cells.add(row.lateMilestones());
			cells.add(row.daysCommitted().stripTrailingZeros());
			cells.add(row.daysUsed().stripTrailingZeros());
			return cells;
		}).toList();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private List<Option> cohortOptions() {
		return catalogue.all().stream()
			.flatMap(programme -> programme.cohorts().stream()
				.map(cohort -> new Option(cohort.id(), programme.name() + ": " + cohort.name())))
			.toList();
	}

	@GetMapping("/new")
	String newProject(Model model) {
		model.addAttribute("project", ProjectForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("project") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ProjectSummary created = projects.create(form);
				redirect.addFlashAttribute("flash", created.title() + " has been set up. Add its members and schedule below.");
				return "redirect:/manage/projects/" + created.id();
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		ProjectSummary existing = load(id);
		model.addAttribute("project", ProjectForm.of(existing));
		return form(model, existing);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("project") ProjectForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectSummary existing = load(id);
		if (!result.hasErrors()) {
			try {
				projects.update(id, form);
				redirect.addFlashAttribute("flash", "The changes have been saved.");
				return "redirect:/manage/projects/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, existing);
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable Long id, @Valid @ModelAttribute("member") MemberForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectSummary existing = load(id);
		if (!result.hasErrors()) {
			try {
				projects.addMember(id, form);
				redirect.addFlashAttribute("flash", "The member has been added.");
				return "redirect:/manage/projects/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("project", ProjectForm.of(existing));
		return form(model, existing);
	}

	@PostMapping("/{id}/members/{personId}/remove")
	String removeMember(@PathVariable Long id, @PathVariable Long personId, RedirectAttributes redirect) {
		load(id);
		projects.removeMember(id, personId);
		redirect.addFlashAttribute("flash", "The member has been removed.");
		return "redirect:/manage/projects/" + id;
	}

	@PostMapping("/{id}/schedule")
	String defaultSchedule(@PathVariable Long id, RedirectAttributes redirect) {
		load(id);
		try {
			int added = sessions.addDefaultSchedule(id);
			redirect.addFlashAttribute("flash", added + " sessions and the milestones have been added from the programme's model.");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/manage/projects/" + id;
	}

	@GetMapping("/{id}/sessions/new")
	String newSession(@PathVariable Long id, Model model) {
		model.addAttribute("sessionForm", SessionForm.empty());
		return sessionForm(model, load(id), null);
	}

	@PostMapping("/{id}/sessions/new")
	String addSession(@PathVariable Long id, @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProjectSummary project = load(id);
		if (!result.hasErrors()) {
			try {
				sessions.planSession(id, form);
				redirect.addFlashAttribute("flash", "The session has been added.");
				return "redirect:/manage/projects/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return sessionForm(model, project, null);
	}

	@GetMapping("/{id}/sessions/{sessionId}")
	String editSession(@PathVariable Long id, @PathVariable Long sessionId, Model model) {
		ProjectSummary project = load(id);
		SessionService.SessionView session = sessions.session(id, sessionId);
		model.addAttribute("sessionForm", new SessionForm(session.kind(), session.title(),
				session.startsAt().atZone(org.practiceexchange.shared.TimeConfiguration.LONDON).toLocalDate(),
				session.startsAt().atZone(org.practiceexchange.shared.TimeConfiguration.LONDON).toLocalTime(),
				session.endsAt().atZone(org.practiceexchange.shared.TimeConfiguration.LONDON).toLocalTime(),
				session.place(), session.onlineLink()));
		return sessionForm(model, project, session);
	}

	@PostMapping("/{id}/sessions/{sessionId}")
	String updateSession(@PathVariable Long id, @PathVariable Long sessionId,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectSummary project = load(id);
		SessionService.SessionView session = sessions.session(id, sessionId);
		if (!result.hasErrors()) {
			try {
				sessions.moveSession(id, sessionId, form);
				redirect.addFlashAttribute("flash", "The session has been changed.");
				return "redirect:/manage/projects/" + id;
			}
			catch (DomainRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return sessionForm(model, project, session);
	}

	private ProjectSummary load(Long id) {
		return projects.find(id).orElseThrow(() -> new RecordNotFoundException("Project", id));
	}

	private String form(Model model, ProjectSummary existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", List.of(ProjectKind.values()));
		model.addAttribute("statuses", List.of(ProjectStatus.values()));
		model.addAttribute("cohorts", cohortOptions());
		model.addAttribute("themes", catalogue.activeThemes());
		model.addAttribute("supporters", people.withRole(Role.MENTOR));
		model.addAttribute("validators", people.withRole(Role.VALIDATOR));
		model.addAttribute("organisations", pages.allOrganisations());
		if (existing != null) {
			model.addAttribute("names", pages.names(existing, List.of()));
			model.addAttribute("organisationNames", pages.organisationNames(existing));
			model.addAttribute("candidates", pages.practitionersOf(existing));
			model.addAttribute("sessions", sessions.sessionsOf(existing.id()));
			if (!model.containsAttribute("member")) {
				model.addAttribute("member", MemberForm.empty());
			}
		}
		return "project/manage-form";
	}

	private String sessionForm(Model model, ProjectSummary project, SessionService.SessionView existing) {
		model.addAttribute("projectSummary", project);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", List.of(SessionKind.values()));
		return "project/session-form";
	}

	/** A choice in a select list. */
	record Option(Long id, String name) {
	}
}
