package ma.hirfa.infrastructure.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The floor plan of a complex laid out by the server: one SVG per floor, a box per unit in number order, its id
 * the unit's number and its fill the colour of its status (presentation attributes: the strict CSP allows no
 * inline style or script). The same units are listed in a table under each plan for screen readers.
 */
record FloorPlan(List<Floor> floors, List<Legend> legend) {

    static final int PER_ROW = 4;
    static final int WIDTH = 110;
    static final int HEIGHT = 64;
    static final int GAP = 10;

    /** One floor: its number, the box of its drawing and its units. */
    record Floor(int number, List<Box> boxes) {

        public int width() {
            return GAP + Math.min(PER_ROW, Math.max(1, boxes.size())) * (WIDTH + GAP);
        }

        public int height() {
            return GAP + ((boxes.size() + PER_ROW - 1) / PER_ROW) * (HEIGHT + GAP);
        }

        public String viewBox() {
            return "0 0 " + width() + " " + height();
        }
    }

    /** One unit drawn: where, in which colour, and the unit itself for its link and labels. */
    record Box(Unit unit, int x, int y) {

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

        public int textX() {
            return x + WIDTH / 2;
        }

        public int numberY() {
            return y + 26;
        }

        public int areaY() {
            return y + 46;
        }

        /** {@code unit unit-vacant}: lets tests and the legend name the status without reading colours. */
        public String cssClass() {
            return "unit unit-"
                    + unit.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A status of the legend with how many units have it. */
    record Legend(UnitStatus status, long count) {}

    static FloorPlan of(List<Unit> units) {
        Map<Integer, List<Unit>> byFloor = new TreeMap<>();
        units.forEach(
                u -> byFloor.computeIfAbsent(u.floor(), f -> new ArrayList<>()).add(u));
        List<Floor> floors = new ArrayList<>();
        byFloor.forEach((floor, list) -> {
            list.sort(java.util.Comparator.comparing(Unit::unitNumber));
            List<Box> boxes = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                int column = i % PER_ROW;
                int row = i / PER_ROW;
                boxes.add(new Box(list.get(i), GAP + column * (WIDTH + GAP), GAP + row * (HEIGHT + GAP)));
            }
            floors.add(new Floor(floor, boxes));
        });
        List<Legend> legend = Arrays.stream(UnitStatus.values())
                .map(s -> new Legend(
                        s, units.stream().filter(u -> u.status() == s).count()))
                .toList();
        return new FloorPlan(floors, legend);
    }
}
