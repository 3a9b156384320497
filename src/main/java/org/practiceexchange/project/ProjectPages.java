package org.practiceexchange.project;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together what a project page shows to one person. */
@Service
@Transactional(readOnly = true)
class ProjectPages {

	record Section(String headingKey, List<ProjectWork.Item> items, String startPath, String startKey) {
	}

	record Page(ProjectSummary project, ProjectRole role, CohortSummary cohort, ProgrammeSummary programme,
			String theme, Map<Long, String> names, Map<Long, String> organisations,
			List<SessionService.SessionView> sessions, SessionService.Board board, List<Section> work,
			List<ReleaseSupport.ReleaseRow> release, List<ReleaseSupport.ContactView> support, ProjectService.Closure closure) {

		public String name(Long personId) {
			return personId == null ? "" : names.getOrDefault(personId, "");
		}

		public String organisation(Long organisationId) {
			return organisations.getOrDefault(organisationId, "");
		}

		public String focusOf(Long personId) {
			return project.members().stream().filter(m -> m.personId().equals(personId)).map(ProjectSummary.Member::focus)
				.filter(java.util.Objects::nonNull).findFirst().orElse("");
		}

		public boolean manages() {
			return role == ProjectRole.MANAGER;
		}

		public boolean supports() {
			return role == ProjectRole.SUPPORTER || role == ProjectRole.MANAGER;
		}
	}

	private final ProjectService projects;

	private final SessionService sessions;

	private final ReleaseSupport releaseSupport;

	private final People people;

	private final Organisations organisations;

	private final ProgrammeCatalogue catalogue;

	private final List<ProjectWork> work;

	ProjectPages(ProjectService projects, SessionService sessions, ReleaseSupport releaseSupport, People people,
			Organisations organisations, ProgrammeCatalogue catalogue, List<ProjectWork> work) {
		this.projects = projects;
		this.sessions = sessions;
		this.releaseSupport = releaseSupport;
		this.people = people;
		this.organisations = organisations;
		this.catalogue = catalogue;
		this.work = work;
	}

	/** A link under a project on the person's list: a page of another module's work in it. */
	record Shortcut(String path, String labelKey) {
	}

	/** For each project on the person's list, the shortcuts the modules give it, by project id. */
	Map<Long, List<Shortcut>> shortcuts(List<ProjectService.Visible> list, SignedInPerson me) {
		Map<Long, List<Shortcut>> found = new HashMap<>();
		for (ProjectService.Visible visible : list) {
			List<Shortcut> links = work.stream()
				.filter(provider -> provider.appliesTo(visible.project(), visible.role()))
				.map(provider -> {
					String path = provider.shortcutPath(visible.project(), me, visible.role());
					return path == null ? null : new Shortcut(path, provider.shortcutKey());
				})
				.filter(java.util.Objects::nonNull)
				.toList();
			found.put(visible.project().id(), links);
		}
		return found;
	}

	Page page(Long id, SignedInPerson me) {
		ProjectService.Visible visible = projects.visible(id, me);
		ProjectSummary project = visible.project();
		CohortSummary cohort = catalogue.findCohort(project.cohortId()).orElseThrow();
		ProgrammeSummary programme = catalogue.find(cohort.programmeId()).orElseThrow();
		String theme = project.themeId() == null ? null
				: catalogue.allThemes().stream().filter(t -> t.id().equals(project.themeId())).map(t -> t.name()).findFirst().orElse(null);
		List<Section> sections = work.stream()
			.filter(provider -> provider.appliesTo(project, visible.role()))
			.map(provider -> new Section(provider.headingKey(), provider.workIn(project, me, visible.role()),
					provider.startPath(project, me, visible.role()), provider.startKey()))
			.toList();
		List<ReleaseSupport.ContactView> support = releaseSupport.contactsFor(project, me, visible.role());
		List<ReleaseSupport.ReleaseRow> release = releaseSupport.release(project, me, visible.role());
		SessionService.Board board = sessions.board(project);
		if (visible.role() == ProjectRole.LEAD) {
			// a provider lead follows their own staff's milestones only
			board = new SessionService.Board(board.milestones(), board.rows().stream()
				.filter(row -> project.organisationOf(row.personId()).map(me::belongsTo).orElse(false)).toList());
		}
		return new Page(project, visible.role(), cohort, programme, theme, names(project, support),
				organisationNames(project), sessions.sessionsOf(id), board, sections, release, support,
				projects.closure(id).orElse(null));
	}

	Map<Long, String> names(ProjectSummary project, List<ReleaseSupport.ContactView> support) {
		Set<Long> ids = new HashSet<>();
		project.members().forEach(member -> ids.add(member.personId()));
		if (project.facilitatorId() != null) {
			ids.add(project.facilitatorId());
		}
		if (project.mentorId() != null) {
			ids.add(project.mentorId());
		}
		if (project.validatorId() != null) {
			ids.add(project.validatorId());
		}
		support.forEach(contact -> ids.add(contact.mentorId()));
		Map<Long, String> names = new HashMap<>();
		people.findAll(ids).forEach(person -> names.put(person.id(), person.name()));
		return names;
	}

	Map<Long, String> organisationNames(ProjectSummary project) {
		Set<Long> ids = new HashSet<>(project.partnerOrganisationIds());
		ids.add(project.leadOrganisationId());
		project.members().forEach(member -> ids.add(member.organisationId()));
		Map<Long, String> names = new HashMap<>();
		organisations.findAll(ids).forEach(organisation -> names.put(organisation.id(), organisation.name()));
		return names;
	}

	List<PersonSummary> practitionersOf(ProjectSummary project) {
		Set<Long> organisationIds = new HashSet<>(project.partnerOrganisationIds());
		organisationIds.add(project.leadOrganisationId());
		return people.withRole(org.practiceexchange.account.Role.PRACTITIONER).stream()
			.filter(person -> person.organisationIds().stream().anyMatch(organisationIds::contains))
			.filter(person -> !project.isMember(person.id()))
			.toList();
	}

	List<OrganisationSummary> allOrganisations() {
		return organisations.all();
	}
}
