/**
 * Event dates: the day an event happened when its sentence says so ("on Wednesday", "last month", "on March 3",
 * "since 2006"), resolved against a reference day (the publication date, a capture date or one the driver gives),
 * else the reference day itself. Input: the event, its sentence's tokens and text, the reference. Output: an
 * {@link org.herald.events.EventDate} recording the phrase, the resolved day, its precision, the rule and the
 * reference. Reads {@code events/date-words.tsv}. It does not guess a date from other sentences of the article.
 */
package org.herald.events.dating;
