package org.chancery.admin;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.chancery.domain.RegistryVersion;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.source.SourceSearch;
import org.chancery.domain.source.Sources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Chancery is, how much the registry holds, and where to go from here. */
@Controller
class HomeController {

    static final String VIEW = "home";

    /** What the registry held at one version: counted again only after a change. */
    record Counts(long version, long entities, long sources, long claims) {}

    private final Entities entities;
    private final Sources sources;
    private final Claims claims;
    private final RegistryVersion registryVersion;
    private final AtomicReference<Counts> counted = new AtomicReference<>(new Counts(-1, 0, 0, 0));

    HomeController(Entities entities, Sources sources, Claims claims, RegistryVersion registryVersion) {
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
        this.registryVersion = registryVersion;
    }

    @GetMapping("/")
    String show(Model model) {
        model.addAttribute("counts", counts());
        return VIEW;
    }

    private Counts counts() {
        long version = registryVersion.current();
        Counts last = counted.get();
        if (last.version() == version) {
            return last;
        }
        Counts now = new Counts(
                version,
                entities.count(new EntitySearch(null, Set.of(), null)),
                sources.count(SourceSearch.ALL),
                claims.count(ClaimFilter.ALL));
        counted.set(now);
        return now;
    }
}
