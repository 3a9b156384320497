package org.practiceexchange.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practiceexchange.shared.privacy.Audit;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.programme.ThemeSummary;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Proposing, approving and reading outputs. Unpublished outputs exist only for their proposer and
 * the people who may approve them: for anyone else they are not found.
 */
@Service
@Transactional(readOnly = true)
class OutputService implements Outputs {

	record Download(org.springframework.core.io.Resource content, String fileName, String mediaType, long size) {
	}

	private final OutputRepository outputs;

	private final ApprovalSettingRepository settings;

	private final FileStore store;

	private final FileInspector inspector;

	private final ProgrammeCatalogue programmes;

	private final Organisations organisations;

	private final ObjectProvider<ProjectValidators> validators;

	private final ProjectTitles projects;

	private final Clock clock;

	private final String baseUrl;

	private final Audit audit;

	OutputService(Audit audit, OutputRepository outputs, ApprovalSettingRepository settings, FileStore store, UploadPolicy policy,
			ProgrammeCatalogue programmes, Organisations organisations, ObjectProvider<ProjectValidators> validators, ProjectTitles projects,
			Clock clock, @Value("${exchange.base-url}") String baseUrl) {
		this.audit = audit;
		this.outputs = outputs;
		this.settings = settings;
		this.store = store;
		this.inspector = new FileInspector(policy.maxBytes());
		this.programmes = programmes;
		this.organisations = organisations;
		this.validators = validators;
		this.projects = projects;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	String baseUrl() {
		return baseUrl;
	}

	// --- reading ---------------------------------------------------------------------------

	@Override
	public Optional<OutputSummary> findPublished(Long id) {
		return outputs.findById(id).filter(Output::isPublished).map(o -> o.summary(baseUrl));
	}

	@Override
	public List<OutputSummary> publishedForProject(Long projectId) {
		return outputs.findByProjectIdAndStatusOrderByUpdatedAtDesc(projectId, OutputStatus.PUBLISHED).stream()
			.map(o -> o.summary(baseUrl))
			.toList();
	}

	@Override
	public ProjectOutputs publishedForProjects(java.util.Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return new ProjectOutputs(List.of(), 0, 0);
		}
		List<OutputSummary> found = outputs.publishedInProjects(projectIds).stream().map(o -> o.summary(baseUrl)).toList();
		if (found.isEmpty()) {
			return new ProjectOutputs(found, 0, 0);
		}
		Object[] reach = outputs.reachOf(found.stream().map(OutputSummary::id).toList()).get(0);
		return new ProjectOutputs(found, ((Number) reach[0]).longValue(), ((Number) reach[1]).longValue());
	}

	/** The output if this person may see it; not found otherwise (a visitor is {@code null}). */
	Output view(SignedInPerson me, Long id) {
		Output output = outputs.findById(id).orElseThrow(() -> new RecordNotFoundException("Output", id));
		if (!output.isPublished() && !(me != null
				&& (output.proposedBy(me.id()) || me.hasRole(Role.PROGRAMME_MANAGER) || mayApprove(me, output)))) {
			throw new RecordNotFoundException("Output", id);
		}
		return loaded(output);
	}

	/** Reads the output's collections while the transaction is open, for pages rendered after it. */
	static Output loaded(Output output) {
		output.files().size();
		output.themes().size();
		output.organisations().size();
		return output;
	}

	List<Output> mine(SignedInPerson me) {
		return outputs.findByProposerIdOrderByUpdatedAtDesc(me.id()).stream().map(OutputService::loaded).toList();
	}

	/** Outputs waiting for this person's approval. */
	List<Output> awaiting(SignedInPerson me) {
		return outputs.findByStatusOrderByProposedAtAsc(OutputStatus.PROPOSED).stream()
			.filter(output -> mayApprove(me, output))
			.map(OutputService::loaded)
			.toList();
	}

	/** Every output, or those with this status, by title, with their themes and organisations read: the manager's export. */
	List<Output> every(OutputStatus status) {
		return outputs.findAll(org.springframework.data.domain.Sort.by("title", "id")).stream()
			.filter(output -> status == null || output.status() == status)
			.map(OutputService::loaded)
			.toList();
	}

	/** The titles of the projects these outputs came from. */
	Map<Long, String> projectTitles(List<Output> found) {
		List<Long> ids = found.stream().map(Output::projectId).filter(java.util.Objects::nonNull).distinct().toList();
		return ids.isEmpty() ? Map.of() : projects.titles(ids);
	}

	List<Output> published() {
		return outputs.findAll(Harvest.published(null, null, null, null));
	}

	boolean mayApprove(SignedInPerson me, Output output) {
		if (me == null) {
			return false;
		}
		return mayApprove(me.id(), me.roles(), output);
	}

	/** Who approves: the programme manager, or the project's validator where the programme says so. */
	boolean mayApprove(Long personId, java.util.Collection<Role> roles, Output output) {
		Approver approver = output.programmeId() == null ? Approver.PROGRAMME_MANAGER : approverFor(output.programmeId());
		if (approver == Approver.PROJECT_VALIDATOR && output.projectId() != null) {
			return roles.contains(Role.VALIDATOR)
					&& validators.orderedStream().anyMatch(v -> v.isValidatorOf(output.projectId(), personId));
		}
		return roles.contains(Role.PROGRAMME_MANAGER);
	}

	/** Outputs waiting for this person's approval, without their session: for their task list. */
	List<Output> awaiting(Long personId, java.util.Collection<Role> roles) {
		return outputs.findByStatusOrderByProposedAtAsc(OutputStatus.PROPOSED).stream()
			.filter(output -> mayApprove(personId, roles, output))
			.toList();
	}

	Approver approverFor(Long programmeId) {
		return settings.findById(programmeId).map(ApprovalSetting::approver).orElse(Approver.PROGRAMME_MANAGER);
	}

	// --- proposing ---------------------------------------------------------------------------

	@Transactional
	Output propose(SignedInPerson me, OutputForms.Proposal form, MultipartFile file) {
		if (!me.hasRole(Role.PRACTITIONER) && !me.hasRole(Role.PROVIDER_LEAD)) {
			throw new AccessDeniedException("Only practitioners and provider leads propose outputs");
		}
		checkRelated(me, form);
		Output output = outputs.save(Output.propose(metadata(form, me.organisationIds()), me.id(), clock.instant()));
		if (file != null && !file.isEmpty()) {
			attach(output, file.getOriginalFilename(), file.getSize(), open(file));
		}
		return output;
	}

	/** For content made on the server (demo files, generated documents). */
	@Transactional
	Output propose(SignedInPerson me, OutputForms.Proposal form, String fileName, byte[] content) {
		Output output = propose(me, form, null);
		attach(output, fileName, content.length, new ByteArrayInputStream(content));
		return output;
	}

	@Transactional
	Output revise(SignedInPerson me, Long id, OutputForms.Proposal form) {
		Output output = ownOutput(me, id);
		checkRelated(me, form);
		output.revise(metadata(form, me.organisationIds()), clock.instant());
		return output;
	}

	/** The person's own output when it was sent back to them (so it may be revised), else {@code null}. */
	Output returnedToMe(SignedInPerson me, Long id) {
		Output output = ownOutput(me, id);
		return output.status() == OutputStatus.RETURNED ? output : null;
	}

	@Transactional
	Output addFile(SignedInPerson me, Long id, MultipartFile file) {
		Output output = ownOutput(me, id);
		if (file == null || file.isEmpty()) {
			throw new DomainRuleException("file", "Choose a file to upload");
		}
		attach(output, file.getOriginalFilename(), file.getSize(), open(file));
		return output;
	}

	private Output ownOutput(SignedInPerson me, Long id) {
		Output output = view(me, id);
		if (!output.proposedBy(me.id())) {
			throw new AccessDeniedException("Only the proposer changes an output");
		}
		return output;
	}

	private void attach(Output output, String originalName, long size, InputStream content) {
		keep(originalName, size, content, (name, inspected, key) -> output.attach(name, inspected.mediaType(), size, key,
				inspected.text(), clock.instant()));
	}

	/** Where a checked and kept file goes: its clean name, what its content is, and its key in the store. */
	private interface KeptFile {

		void into(String name, FileInspector.Inspected inspected, String key);
	}

	private void keep(String originalName, long size, InputStream content, KeptFile kept) {
		Path received = store.receive(content);
		try {
			FileInspector.Inspected inspected = inspector.inspect(received, originalName, size);
			kept.into(cleanName(originalName), inspected, store.keep(received));
		}
		finally {
			store.discard(received);
		}
	}

	static String cleanName(String name) {
		String base = name == null ? "file" : Path.of(name.replace('\\', '/')).getFileName().toString();
		return base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
	}

	private static InputStream open(MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The projects a proposer may name as an output's origin: their own, and a provider lead's organisations' ones. */
	List<Choice> relatedProjects(SignedInPerson me) {
		Map<Long, String> found = new LinkedHashMap<>(projects.involving(me.id()));
		if (me.hasRole(Role.PROVIDER_LEAD)) {
			projects.withMembersFrom(me.organisationIds()).forEach(found::putIfAbsent);
		}
		return found.entrySet().stream().map(p -> new Choice(p.getKey(), p.getValue()))
			.sorted(java.util.Comparator.comparing(Choice::name)).toList();
	}

	/**
	 * A proposal names only a project of the proposer's; the report an output comes from is set when the report is
	 * published from its own page, never by a proposal.
	 */
	Optional<DomainRuleException> relatedProblem(SignedInPerson me, OutputForms.Proposal form) {
		if (form.reportId() != null) {
			return Optional.of(new DomainRuleException(null, "A signed-off report is published from the report's own page"));
		}
		if (form.projectId() != null && relatedProjects(me).stream().noneMatch(p -> p.id().equals(form.projectId()))) {
			return Optional.of(new DomainRuleException("projectId", "Choose one of your projects from the list"));
		}
		return Optional.empty();
	}

	private void checkRelated(SignedInPerson me, OutputForms.Proposal form) {
		relatedProblem(me, form).ifPresent(problem -> {
			throw problem;
		});
	}

	private Output.Metadata metadata(OutputForms.Proposal form, List<Long> myOrganisations) {
		ProgrammeSummary programme = form.programmeId() == null ? null
				: programmes.find(form.programmeId())
					.orElseThrow(() -> new DomainRuleException("programmeId", "Choose a programme from the list"));
		Map<Long, String> themeNames = new LinkedHashMap<>();
		Map<Long, String> known = new LinkedHashMap<>();
		programmes.allThemes().forEach(theme -> known.put(theme.id(), theme.name()));
		for (Long themeId : form.themeIds()) {
			String name = known.get(themeId);
			if (name == null) {
				throw new DomainRuleException("themeIds", "Choose themes from the list");
			}
			themeNames.put(themeId, name);
		}
		List<Long> organisationIds = form.organisations().isEmpty() ? myOrganisations : form.organisations();
		List<OrganisationSummary> found = organisations.findAll(organisationIds);
		if (found.size() != organisationIds.stream().distinct().count()) {
			throw new DomainRuleException("organisationIds", "Choose organisations from the list");
		}
		Map<Long, String> organisationNames = new LinkedHashMap<>();
		found.forEach(o -> organisationNames.put(o.id(), o.name()));
		String region = found.isEmpty() || found.get(0).region() == null ? null : found.get(0).region().name();
		Integer year = form.yearValue() != null ? form.yearValue() : programme == null ? null : programme.startYear();
		return new Output.Metadata(form.title(), form.summary(), form.authors(), form.type(), form.licence(),
				programme == null ? null : programme.id(), programme == null ? null : programme.name(), year, themeNames,
				organisationNames, region, form.projectId(), form.reportId());
	}

	// --- deciding ----------------------------------------------------------------------------

	@Transactional
	Output approve(SignedInPerson me, Long id) {
		Output output = decidable(me, id);
		OutputStatus before = output.status();
		output.approve(me.id(), clock.instant());
		audit.record("OUTPUT_APPROVED", "Output", id, "status=" + before, "status=" + output.status());
		return output;
	}

	@Transactional
	Output sendBack(SignedInPerson me, Long id, String note) {
		Output output = decidable(me, id);
		OutputStatus before = output.status();
		output.sendBack(me.id(), note, clock.instant());
		audit.record("OUTPUT_SENT_BACK", "Output", id, "status=" + before, "status=" + output.status());
		return output;
	}

	private Output decidable(SignedInPerson me, Long id) {
		Output output = view(me, id);
		if (!mayApprove(me, output)) {
			throw new AccessDeniedException("You do not approve this output");
		}
		return output;
	}

	@Transactional
	void setApprover(Long programmeId, Approver approver) {
		programmes.find(programmeId).orElseThrow(() -> new RecordNotFoundException("Programme", programmeId));
		settings.findById(programmeId).ifPresentOrElse(setting -> setting.change(approver),
				() -> settings.save(new ApprovalSetting(programmeId, approver)));
	}

	// --- downloading -------------------------------------------------------------------------

	@Transactional
	Download download(SignedInPerson me, Long id, Long fileId) {
		Output output = view(me, id);
		OutputFile file = output.files().stream().filter(f -> f.id().equals(fileId)).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("File", fileId));
		if (output.isPublished()) {
			outputs.countDownload(output.id());
			outputs.countFileDownload(file.id());
		}
		return new Download(store.open(file.storageKey()), file.originalName(), file.mediaType(), file.size());
	}

	// --- reports -----------------------------------------------------------------------------

	@Override
	@Transactional
	public OutputSummary publishSignedOffReport(SignedOffReport report) {
		Optional<Output> existing = outputs.findByReportId(report.reportId());
		OutputForms.Proposal form = new OutputForms.Proposal(report.title(), report.summary(), report.authors(),
				OutputType.REPORT, report.licence(), report.programmeId(), report.year(), report.themeIds(), List.of(),
				report.projectId(), report.reportId());
		if (existing.isPresent()) {
			Output output = existing.get();
			String fileName = cleanName(report.fileName());
			if (output.files().stream().noneMatch(f -> f.originalName().equals(fileName))) {
				keep(fileName, report.pdf().length, new ByteArrayInputStream(report.pdf()),
						(name, inspected, key) -> output.newEdition(metadata(form, List.of()), name, inspected.mediaType(),
								report.pdf().length, key, inspected.text(), clock.instant()));
			}
			return output.summary(baseUrl);
		}
		Output output = outputs.save(Output.propose(metadata(form, List.of()), report.proposerId(), clock.instant()));
		attach(output, report.fileName(), report.pdf().length, new ByteArrayInputStream(report.pdf()));
		output.approve(report.proposerId(), clock.instant());
		audit.record("OUTPUT_PUBLISHED", "Output", output.id(), null, "status=" + output.status() + "; from a signed-off report");
		return output.summary(baseUrl);
	}

	List<ThemeSummary> themes() {
		return programmes.activeThemes();
	}
}
