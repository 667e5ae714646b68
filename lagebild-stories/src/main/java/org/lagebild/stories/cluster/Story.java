package org.lagebild.stories.cluster;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as the clusterer sees it now: {@code id} ("s-" + its first article's id), {@code title}
 * (the headline of its most central article, {@code titleArticleId}), its most mentioned entity
 * ids, its time span (publication days of its first and last dated article; null when none was
 * dated), its article count and article ids in the order they joined (at most
 * {@link ClusterConfig#maxArticleIds()}).
 */
public record Story(String id, String title, String titleArticleId, List<String> topEntities,
                    LocalDate firstDate, LocalDate lastDate, int articleCount, List<String> articleIds) {
    public Story {
        topEntities = List.copyOf(topEntities);
        articleIds = List.copyOf(articleIds);
    }
}
