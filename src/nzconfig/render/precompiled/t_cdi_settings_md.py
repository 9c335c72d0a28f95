from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'cdi-settings.md'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    try:
        t_1 = environment.filters['bulk_cdi_sections_md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_cdi_sections_md' found.")
    try:
        t_2 = environment.filters['bulk_cdi_underivable_md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_cdi_underivable_md' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_6 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    yield '# CDI settings: '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name'))))
    yield "\n\nFor each shared collection, the CDI tab each member with access must show in the Network\nZone: the row of the CDI settings matrix (policies/cdi-matrix.yaml) that the collection's\nlinking level and method select, then any per-member override in the collection's file,\nwith its reason. A setting the matrix does not state is not listed.\n"
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp'):
        pass
        yield '\nGenerated at '
        yield str(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp')))
        yield '.\n'
    yield '\n## The CDI settings matrix\n\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_matrix'):
        pass
        yield '| Row | Linking level | Method |'
        for l_1_label in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_labels'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(t_4(l_1_label)))
            yield ' |'
        l_1_label = missing
        yield '\n| --- | --- | --- |'
        for l_1_label in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_labels'):
            _loop_vars = {}
            pass
            yield ' --- |'
        l_1_label = missing
        yield '\n'
        for l_1_m in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_matrix'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(t_4(environment.getattr(l_1_m, 'title'))))
            yield ' ('
            yield str(environment.finalize(t_4(environment.getattr(l_1_m, 'id'))))
            yield ') | '
            yield str(environment.finalize(t_4(environment.getattr(l_1_m, 'levels'))))
            yield ' | '
            yield str(environment.finalize(t_4(environment.getattr(l_1_m, 'method'))))
            yield ' |'
            for l_2_value in environment.getattr(l_1_m, 'settings'):
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(t_4((l_2_value or '(not stated)'))))
                yield ' |'
            l_2_value = missing
            yield '\n'
        l_1_m = missing
    else:
        pass
        yield 'No CDI settings matrix (policies/cdi-matrix.yaml) in this repository.\n'
    yield '\n## Collections\n\nMembers with the same settings on a collection share one line. Collections whose settings\ncannot be derived, and that no override sets, are listed together at the end.\n'
    for l_1_block in t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_labels')):
        _loop_vars = {}
        pass
        yield str(environment.finalize(l_1_block))
    l_1_block = missing
    for l_1_g in environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'cdi_underivable'):
        _loop_vars = {}
        pass
        yield '\n### Settings cannot be derived: '
        yield str(environment.finalize(t_5(t_3(environment.getattr(l_1_g, 'collections')), 'collection')))
        yield '\n\n'
        yield str(environment.finalize(t_4(t_6(environment.getattr(l_1_g, 'note')[:1]))))
        yield str(environment.finalize(t_4(environment.getattr(l_1_g, 'note')[1:])))
        yield ', so no CDI settings can be stated for:\n\n'
        for l_2_block in t_2(environment.getattr(l_1_g, 'collections')):
            _loop_vars = {}
            pass
            yield str(environment.finalize(l_2_block))
        l_2_block = missing
    l_1_g = missing

blocks = {}
debug_info = '2=49&8=51&10=54&15=57&16=60&18=68&20=74&21=78&57=99&58=104&60=108&62=110&66=113'

# Generated by `python -m nzconfig.render.precompile` from templates/cdi-settings.md; do not edit.
# ruff: noqa
