package org.shouwang.registry.web;

import java.util.List;
import org.shouwang.access.CurrentUsers;
import org.shouwang.registry.Regions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/regions")
class RegionsController {

    private static final String[] LEVELS = {"", "省", "市", "县", "乡镇", "村"};

    private final Regions regions;
    private final CurrentUsers users;

    RegionsController(Regions regions, CurrentUsers users) {
        this.regions = regions;
        this.users = users;
    }

    record Node(String code, String name, int level, String levelLabel, boolean leaf) {
    }

    @GetMapping("/children")
    List<Node> children(@RequestParam(required = false) String parent) {
        return regions.children(parent, users.current()).stream()
                .map(r -> new Node(r.code(), r.name(), r.level(), LEVELS[r.level()], r.level() >= 5)).toList();
    }

    @GetMapping("/{code}/groups")
    List<Regions.Group> groups(@PathVariable String code) {
        return regions.groups(code, users.current());
    }

    @GetMapping("/{code}/grids")
    List<Regions.Grid> grids(@PathVariable String code) {
        return regions.grids(code, users.current());
    }
}
