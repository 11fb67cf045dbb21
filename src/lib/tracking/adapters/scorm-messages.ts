/**
 * What the SCORM tracker tells the learner about their learning system, word for word: notices at launch and the
 * quiet save-status line. Plain words, no jargon ("learning system", not "LMS" or "SCORM").
 */
export const MESSAGES = {
	notConnected:
		'The course could not connect to your learning system. You can still take the course: it keeps trying, and sends your answers once it connects. Until then, please keep this page open.',
	restored: 'Your last answers had not reached your learning system. This browser kept them, and they are being sent now.',
	review: 'You are reviewing this course: your answers are shown, and nothing new is recorded.',
	browse: 'You are browsing this course: you can look at everything, but answers are not recorded.',
	noCredit: 'This attempt does not count towards your grade (your learning system opened it without credit). Your progress is still saved.',
	status: {
		retrying: 'Progress not saved yet — retrying.',
		local: 'Progress not saved to your learning system yet. It is kept in this browser and will be sent at your next answer, or next time you open the course.',
		saved: 'All your progress is saved.'
	}
} as const;
