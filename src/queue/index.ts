export { connectQueue, enqueueIndex, isPostgresUrl, QUEUES, type QueueConnection, type StoryJob } from "./queue.js";
export { runIndexJob, runStoryJob, type JobContext } from "./jobs.js";
export { ingestToQueue, queueStored } from "./enqueue.js";
export { LOCK_CLASS, storyLockKey, withLock } from "./locks.js";
