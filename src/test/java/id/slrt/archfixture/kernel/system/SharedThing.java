package id.slrt.archfixture.kernel.system;

import id.slrt.archfixture.kernel.casefile.CaseThing;

/** A planted defect for PackageBoundariesTest: the shared kernel importing a feature. */
public class SharedThing {
    CaseThing thing;
}
