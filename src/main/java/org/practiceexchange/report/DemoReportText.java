package org.practiceexchange.report;

/** The demo report's text, written for the demo: a first draft and the version revised after comments. */
final class DemoReportText {

	private static final String TITLE = "Real bills, real confidence: reading household documents in entry-level ESOL";

	private static final String SUMMARY = "Over a term, two entry-level ESOL groups worked every week with real household "
			+ "documents, blanked of personal details, using the same three questions each time. Scores on a practice bill "
			+ "rose from 3.5 to 6.2 out of 10, confidence ratings rose, and requests for help with letters at the front desk "
			+ "fell from nine a week to four.";

	private static final String NATURE = """
			Many of the adults in our entry-level ESOL classes manage a household on their own or for their family. At \
			enrolment and in tutorials they kept telling us the same thing: letters about money frightened them. Gas and \
			electricity bills, council tax demands, payslips and bank letters arrived, and they brought them to the front \
			desk or to a relative to be read aloud. Our reception team logged nine such requests in an ordinary week.

			Our course materials already covered the vocabulary of money, but always through simplified, invented \
			documents: a tidy bill with five lines and large type. Learners could answer questions about those, yet \
			still could not find the amount due on their own bill at home. The aim of this inquiry was to find out whether \
			working with real documents, regularly and in a predictable way, would let learners read the parts of a \
			household document that matter to them, and would make them less reliant on others.

			Focus in my setting: two evening groups at entry level 2 and 3, fourteen learners in all, at our Mill Street \
			centre. Most had been in the UK for less than three years; their first languages included Arabic, Dari, Tigrinya, \
			Polish and Romanian.

			What I measured at the audit and again at the re-audit:
			- a ten-question check on a practice bill, the same bill both times;
			- learners' own rating of their confidence reading a bill, on a picture-based scale from 1 to 5;
			- the number of requests for help with letters that reception logged in a week.

			The action plan:
			- Collect real bills, payslips and letters from colleagues and friends, with every personal detail blanked out.
			- Open each session with ten minutes on one document and the same three questions: who is it from, what do \
			they want, and by when?
			- Keep the documents in a folder learners can borrow, and invite them to bring their own letters to a short \
			drop-in after class.
			- Repeat the bill check, the confidence survey and the reception tally after ten weeks.

			We used a real document in eight of the ten sessions. In two sessions, a fire drill and a visit from the \
			careers service took the time.

			What the figures show: the group's average on the practice bill rose from 3.5 to 6.2 questions out of ten. \
			Every learner who sat both checks scored higher the second time, and the largest gains were on the questions \
			about the amount due and the date to pay by. The average confidence rating rose from 2.1 to 3.4 on the five-point \
			scale. Reception's tally fell from nine requests for help with letters in the audit week to four in the \
			re-audit week. One week is a small sample and the tally also counts learners from other classes, so we read \
			that figure as a sign rather than proof; the receptionists' own impression, that the same faces came less often, \
			points the same way.""";

	private static final String CONTENT = """
			Real documents mattered more than simplified ones. Learners recognised the shape of a bill long before they \
			could read it: the logo at the top, the box with the amount, the date in bold. Once they knew where to look, \
			the language became a much smaller problem. Invented worksheets had hidden exactly the thing they needed to \
			learn, which is how to ignore most of a page and find the three facts that matter.

			The three questions worked as a key. "Who is it from?" gave a way into a page that looked impenetrable. "What do \
			they want?" separated a bill from a statement or a notice, which learners had not realised were different \
			things. "By when?" led to some of the most useful language of the term: due, overdue, final reminder, direct \
			debit, instalment. Several learners began to ask the questions of each other before I did.

			Numbers were not the barrier I expected. Most learners read amounts and dates well; what they could not do was \
			tell which of several amounts on a page was the one to pay. Comparing this month's bill with last month's, and \
			finding the difference, became a favourite task and brought in the maths of estimating and checking.

			Learners' own words showed the change as clearly as the scores. Early in the term the most common comment on the \
			survey was that letters were "too much writing". By the end, learners described what they did: "I look for the \
			box first", "I find who wants money", "I check the date, then I read". Two learners said they had phoned a \
			supplier themselves for the first time, one to ask for a payment plan.

			Vocabulary stuck when it was met again and again in the same place on the page. Words such as "account number", \
			"reference" and "balance" appeared on almost every document, and by mid-term learners used them without help \
			when they talked about their own letters. Words that appeared once, however useful, did not last.

			Payslips were harder than bills. Deductions, tax codes and year-to-date figures needed more time than a \
			ten-minute opener allowed, and I would plan a short sequence of their own for them next time.""";

	private static final String PROCESS = """
			A short routine at the start of each session, always the same, made the work feel safe. Learners knew what was \
			coming and that no one would be asked to read a whole letter aloud. By the fourth week the routine ran itself and \
			I could step back and listen.

			Collecting documents took longer than planned. Blanking personal details properly is slow, and I had to check \
			every page twice. Asking colleagues across the service for documents helped: within a month we had more than \
			forty, from eleven different organisations.

			Keeping the measures simple made the re-audit possible. The same practice bill, the same picture survey and the \
			reception tally cost very little time, and I could repeat them exactly. The tally depended on colleagues at the \
			desk, who were glad to help once they knew why.

			Time was the main constraint. Ten minutes at the start of a two-hour session was enough for the routine, but the \
			drop-in after class depended on learners who could stay, and those with childcare at home rarely could. Moving \
			the drop-in into the middle of the session, as a choice alongside the planned work, is the change I would make \
			first.

			Support from the group's facilitator and from the other members of the exchange kept the work going. Talking \
			through the plan on the visit narrowed it to one routine instead of four, and a colleague at the partner \
			training provider lent her own set of payslips.""";

	private static final String IMPLICATIONS_FIRST = """
			We will build a bank of blanked real documents for the ESOL team and use the three-question routine across \
			all levels from next term.""";

	private static final String IMPLICATIONS = """
			For our own service, we will build a shared bank of blanked real documents for the ESOL team, sorted by type and \
			level, and use the three-question routine across entry levels from next term. Reception will keep the weekly \
			tally so we can see whether the fall in requests lasts.

			For colleagues starting the same routine elsewhere, three pieces of advice:
			- choose documents learners will actually receive, from local organisations, and blank every personal detail \
			before they reach the classroom;
			- keep the routine short and exactly the same each time, and let learners take over the questions;
			- plan payslips as their own short sequence rather than squeezing them into the opener.

			For the wider sector, the inquiry suggests that the literacy of everyday documents deserves a place in ESOL \
			schemes of work alongside the functional language already there, and that it overlaps usefully with everyday \
			maths. We would welcome a shared, properly anonymised document bank that providers could draw on, and we will \
			offer ours to the exchange group as a start.""";

	private static final String CHOOSING = """

			How the documents were chosen: we kept only documents a learner in our area might receive, from utilities, the \
			council, local employers and high-street banks, and we avoided anything about debt recovery or benefits \
			decisions, which several learners found distressing. Each document was checked by a second colleague to \
			make sure no name, address, reference number or signature could be read.""";

	private DemoReportText() {
	}

	static ReportForms.Text first() {
		return new ReportForms.Text(TITLE, SUMMARY, NATURE, CONTENT, PROCESS, IMPLICATIONS_FIRST, null, null);
	}

	static ReportForms.Text revised() {
		return new ReportForms.Text(TITLE, SUMMARY, NATURE + CHOOSING, CONTENT, PROCESS, IMPLICATIONS, null, null);
	}
}
