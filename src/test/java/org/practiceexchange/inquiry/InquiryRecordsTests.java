package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InquiryRecordsTests {

	@Autowired
	Inquiries inquiries;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Test
	void aCompleteInquiryCarriesItsMeasuresPlanAndEvaluation() {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.COMPLETE);
		InquiryRecord record = inquiries.find(id).orElseThrow();
		assertThat(record.complete()).isTrue();
		assertThat(record.practitionerId()).isEqualTo(group.member().id());
		assertThat(record.measures()).singleElement().satisfies(m -> {
			assertThat(m.baseline()).isEqualByComparingTo("4");
			assertThat(m.reaudit()).isEqualByComparingTo("7");
			assertThat(m.change()).isEqualByComparingTo("3");
			assertThat(m.improved()).isTrue();
		});
		assertThat(record.plan()).extracting(InquiryRecord.PlannedAction::what).containsExactly("Weekly recipe task");
		assertThat(record.evaluation().contentLessons()).isEqualTo("Recipes gave a reason to use fractions");
		assertThat(inquiries.byPractitioner(group.member().id())).extracting(InquiryRecord::id).containsExactly(id);
		assertThat(inquiries.inProjects(List.of(group.project().id()))).extracting(InquiryRecord::id).containsExactly(id);
	}

	@Test
	void anInquiryBeforeItsReauditHasNoChangeAndNoEvaluation() {
		Long id = fixtures.anInquiry(projects.aGroup(), Stage.PLAN);
		InquiryRecord record = inquiries.find(id).orElseThrow();
		assertThat(record.complete()).isFalse();
		assertThat(record.measures()).singleElement().satisfies(m -> {
			assertThat(m.reaudit()).isNull();
			assertThat(m.improved()).isNull();
			assertThat(m.baseline()).isEqualByComparingTo(BigDecimal.valueOf(4));
		});
		assertThat(record.evaluation()).isNull();
		assertThat(inquiries.inProjects(List.of())).isEmpty();
	}
}
