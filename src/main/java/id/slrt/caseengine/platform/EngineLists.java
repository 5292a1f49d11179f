package id.slrt.caseengine.platform;

import java.util.ArrayList;
import java.util.List;

/** The engine configuration's lists of custom parts (deployers, interceptors, parse listeners) are null until set. */
public final class EngineLists {

    private EngineLists() {
    }

    /** A new list: the engine's current one (or none) followed by {@code added}. */
    public static <T> List<T> with(List<T> existing, T added) {
        List<T> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        list.add(added);
        return list;
    }
}
