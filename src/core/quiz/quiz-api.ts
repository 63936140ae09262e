/** The quiz, pure: question bank, FSRS scheduling, sessions and progress (exported as `quiz` from the core). */
export { buildQuestionBank, type QuestionBankOptions } from './question-bank';
export { questionProblem, type Question, type QuestionKind } from './question';
export { seededRandom, shuffled, hash32, type Random } from './random';
export { emptyProgress, readProgress, recordAnswer, pickQuestions, isDue, isLearned, type QuizProgress, type StoredCard, type PausedSession } from './scheduler';
export { startSession, answer, currentQuestion, isFinished, progressLabel, pause, resume, summarize, type QuizSession, type QuizSummary } from './session';
export { progressByTopic, type TopicProgress } from './progress-report';
export { resourceTypesOf, topicIdsFor } from './topics-for-model';
export { toAnkiText } from './anki-export';
export { legacyIdMap, migrateProgress } from './migrate-progress';
export { isRightChoice } from './session';
export { questionRow, type QuestionRow } from './list-row';
export { parseChoice, type ParsedChoice } from './choice-input';
export { questionsForRule, dueCount, markDue } from './learn-loop';
