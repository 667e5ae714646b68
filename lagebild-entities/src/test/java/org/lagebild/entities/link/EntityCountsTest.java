package org.lagebild.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;

class EntityCountsTest {
    @Test
    void countsMentionsPerEntityAcrossArticles() {
        EntityRecognizer r = new EntityRecognizer();
        List<EntityMention> a = r.recognize("Nordkorea schickt Soldaten. Die nordkoreanischen Soldaten und Kim Jong-un. Kim lacht.", "de");
        List<EntityMention> b = r.recognize("Kim Jong Un und Putin.", "de");
        List<EntityCounts.EntityCount> c = EntityCounts.count(Map.of("a", a, "b", b));
        assertEquals("lb:per:kim-jong-un", c.get(0).entityId());
        assertEquals(3, c.get(0).mentions());
        assertEquals(2, c.get(0).articles());
        EntityCounts.EntityCount kp = c.stream().filter(x -> x.entityId().equals("lb:gpe:kp")).findFirst().orElseThrow();
        assertEquals(2, kp.mentions());
        assertEquals(EntityType.GPE, kp.type());
    }
}
