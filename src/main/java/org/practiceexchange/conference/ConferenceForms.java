package org.practiceexchange.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What people enter in the conference's forms. Numbers bind as text and are checked here. */
final class ConferenceForms {

	private ConferenceForms() {
	}

	static final String WHOLE = "^\\s*[1-9]\\d{0,4}\\s*$";

	static final String OPTIONAL_WHOLE = "^\\s*([1-9]\\d{0,4}\\s*)?$";

	record EditionForm(
			@NotBlank(message = "{conference.year.required}") @Pattern(regexp = "^\\s*20\\d\\d\\s*$", message = "{conference.year.range}") String year,
			@NotBlank(message = "{conference.title.required}") @Size(max = 200, message = "{conference.title.size}") String title,
			@Size(max = 2000, message = "{conference.summary.size}") String summary,
			@NotNull(message = "{conference.startsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@NotNull(message = "{conference.endsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@Size(max = 300, message = "{conference.venue.size}") String venue,
			Boolean online,
			@NotBlank(message = "{conference.capacity.required}") @Pattern(regexp = WHOLE, message = "{conference.capacity.whole}") String capacity,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate callClosesOn) {

		static EditionForm empty() {
			return new EditionForm("", "", "", null, null, "", false, "", null);
		}

		static EditionForm of(Edition edition) {
			return new EditionForm(String.valueOf(edition.year()), edition.title(), edition.summary(), edition.startsOn(),
					edition.endsOn(), edition.venue(), edition.online(), String.valueOf(edition.capacity()),
					edition.callClosesOn());
		}

		int yearNumber() {
			return Integer.parseInt(year.strip());
		}

		int places() {
			return Integer.parseInt(capacity.strip());
		}

		@Override
		public Boolean online() {
			return Boolean.TRUE.equals(online);
		}
	}

	record RoomForm(
			@NotBlank(message = "{conference.room.name.required}") @Size(max = 120, message = "{conference.room.name.size}") String roomName,
			@NotBlank(message = "{conference.capacity.required}") @Pattern(regexp = WHOLE, message = "{conference.capacity.whole}") String roomCapacity) {

		static RoomForm empty() {
			return new RoomForm("", "");
		}
	}

	record StrandForm(
			@NotBlank(message = "{conference.strand.name.required}") @Size(max = 120, message = "{conference.strand.name.size}") String strandName) {

		static StrandForm empty() {
			return new StrandForm("");
		}
	}

	record ApplicationForm(
			@NotBlank(message = "{conference.application.work.required}") String workKey,
			@NotBlank(message = "{conference.application.title.required}") @Size(max = 200, message = "{conference.application.title.size}") String title,
			@NotBlank(message = "{conference.application.summary.required}") @Size(max = 2000, message = "{conference.application.summary.size}") String summary,
			List<Long> themeIds,
			@Size(max = 2000, message = "{conference.application.measures.size}") String measuresChanged,
			Long outputId) {

		static ApplicationForm of(PresentableWork.Work work) {
			return new ApplicationForm(work.key(), work.title(), work.summary(), work.themeIds(),
					String.join("\n", work.measuresChanged()), work.outputIds().isEmpty() ? null : work.outputIds().get(0));
		}

		List<Long> themes() {
			return themeIds == null ? List.of() : themeIds.stream().distinct().toList();
		}
	}

	record ScoreForm(
			@NotBlank(message = "{conference.score.required}") @Pattern(regexp = "^\\s*[1-5]\\s*$", message = "{conference.score.range}") String score,
			@Size(max = 2000, message = "{conference.score.comments.size}") String comments) {

		static ScoreForm empty() {
			return new ScoreForm("", "");
		}

		int value() {
			return Integer.parseInt(score.strip());
		}
	}

	record SlotForm(
			@NotNull(message = "{conference.slot.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@NotNull(message = "{conference.slot.startsAt.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
			@NotNull(message = "{conference.slot.endsAt.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
			@NotNull(message = "{conference.slot.kind.required}") Slot.Kind kind,
			@Size(max = 200, message = "{conference.slot.title.size}") String title,
			Long strandId,
			Long roomId,
			Long applicationId,
			@Pattern(regexp = OPTIONAL_WHOLE, message = "{conference.capacity.whole}") String capacity) {

		static SlotForm startingOn(LocalDate day) {
			return new SlotForm(day, LocalTime.of(10, 0), LocalTime.of(10, 45), Slot.Kind.TALK, "", null, null, null, "");
		}

		static SlotForm of(Slot slot) {
			return new SlotForm(slot.day(), slot.startsAt(), slot.endsAt(), slot.kind(),
					slot.title() == null ? "" : slot.title(), slot.strandId(), slot.roomId(), slot.applicationId(),
					slot.capacity() == null ? "" : String.valueOf(slot.capacity()));
		}

		String cleanTitle() {
			return title == null || title.isBlank() ? null : title.strip();
		}

		Integer places() {
			return capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.strip());
		}
	}
}
