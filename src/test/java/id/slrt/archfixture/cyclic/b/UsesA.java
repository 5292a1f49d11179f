package id.slrt.archfixture.cyclic.b;

import id.slrt.archfixture.cyclic.a.UsesB;

/** A planted defect for PackageBoundariesTest: b imports a, a imports b. */
public class UsesA {
    UsesB other;
}
