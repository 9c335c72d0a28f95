from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'member.md'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_member = resolve('member')
    l_0_site = resolve('site')
    l_0_root = resolve('root')
    l_0_m = missing
    try:
        t_1 = environment.filters['bulk_checklist_items']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_checklist_items' found.")
    try:
        t_2 = environment.filters['bulk_lacking_items']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_lacking_items' found.")
    try:
        t_3 = environment.filters['bulk_override_items']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_override_items' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_6 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_m = environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'member')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield '# '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'label'))))
    yield ': shared collections checklist\n\n'
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name'))))
    yield '. '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code'))))
    yield ' has access to '
    yield str(environment.finalize(t_6(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'count'), 'shared collection')))
    yield ' ('
    yield str(environment.finalize(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'subscriptions')))
    yield ' subscription, '
    yield str(environment.finalize(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'open_access')))
    yield ' open access) and not to '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'lacking'))))
    yield '.\n'
    if (not environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'known')):
        pass
        yield '\n**'
        yield str(environment.finalize(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code'))))
        yield ' has no file in institutions/**: collections name it, but the network does not know it.\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp'):
        pass
        yield '\nGenerated at '
        yield str(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp')))
        yield '.\n'
    yield '\n[Index]('
    yield str(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'index.md) · [All collections]('
    yield str(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'collections.md) · [CDI settings report]('
    yield str(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield "cdi-settings.md)\n\n## Before you start\n\n- [ ] The IZ's `cdi_consortia_inheritance` parameter is set to Y (Configuration > Resources > General > Other Settings), so that it inherits the CDI settings below from the Network Zone.\n  Recorded in the repository: "
    if t_7(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'inheritance')):
        pass
        yield 'not recorded'
    elif environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'inheritance'):
        pass
        yield 'Y'
    else:
        pass
        yield '**N: set it to Y**'
    yield '.\n\n## Collections with access\n'
    if environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'groups'):
        pass
        yield '\nTick a collection when '
        yield str(environment.finalize(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code'))))
        yield ' is listed in its Group Settings and its CDI tab shows the settings of its group.\n'
    t_8 = 1
    for l_1_g in environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'groups'):
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_g, 'kind') == 'matrix'):
            pass
            yield '\n### Matrix row: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'row_title'))))
            yield ' ('
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'row_id'))))
            yield ')\n\n'
            yield str(environment.finalize(t_6(t_4(environment.getattr(l_1_g, 'collections')), 'collection')))
            yield '. The CDI tab of each:\n'
            if environment.getattr(l_1_g, 'settings'):
                pass
                yield '\n| CDI setting | Value |\n| --- | --- |\n'
                for l_2_s in environment.getattr(l_1_g, 'settings'):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield str(environment.finalize(t_5(environment.getattr(l_2_s, 'label'))))
                    yield ' | **'
                    yield str(environment.finalize(t_5(environment.getattr(l_2_s, 'shown'))))
                    yield '** |\n'
                l_2_s = missing
            else:
                pass
                yield '\nThe matrix row states no setting.\n'
            yield '\n'
            for l_2_block in t_1(environment.getattr(l_1_g, 'collections')):
                _loop_vars = {}
                pass
                yield str(environment.finalize(l_2_block))
            l_2_block = missing
        elif (environment.getattr(l_1_g, 'kind') == 'override'):
            pass
            yield '\n### Collections with a per-member override\n\n'
            yield str(environment.finalize(t_6(t_4(environment.getattr(l_1_g, 'collections')), 'collection')))
            yield " where the collection's file sets some of "
            yield str(environment.finalize(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code'))))
            yield "'s CDI settings itself.\n"
            for l_2_block in t_3(environment.getattr(l_1_g, 'collections'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')):
                _loop_vars = {}
                pass
                yield str(environment.finalize(l_2_block))
            l_2_block = missing
        else:
            pass
            yield '\n### Settings cannot be derived\n\nThe CDI settings of '
            yield str(environment.finalize(('this collection' if (t_4(environment.getattr(l_1_g, 'collections')) == 1) else environment.sized(str_join(('these ', t_4(environment.getattr(l_1_g, 'collections')), ' collections', ))))))
            yield ' cannot be derived: '
            yield str(environment.finalize(t_5(environment.getattr(l_1_g, 'note'))))
            yield '.\n\n'
            for l_2_block in t_1(environment.getattr(l_1_g, 'collections')):
                _loop_vars = {}
                pass
                yield str(environment.finalize(l_2_block))
            l_2_block = missing
        t_8 = 0
    l_1_g = missing
    if t_8:
        pass
        yield '\n'
        yield str(environment.finalize(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code'))))
        yield ' has access to no shared collection.\n'
    yield '\n## Collections without access\n'
    if environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'lacking'):
        pass
        yield '\n'
        for l_1_block in t_2(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'lacking')):
            _loop_vars = {}
            pass
            yield str(environment.finalize(l_1_block))
        l_1_block = missing
    else:
        pass
        yield '\nNone: '
        yield str(environment.finalize(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code'))))
        yield ' has access to every shared collection.\n'

blocks = {}
debug_info = '23=57&24=61&26=63&27=75&29=78&31=80&33=83&36=86&41=92&44=102&46=105&48=108&49=111&51=114&53=118&54=120&58=123&59=127&66=136&67=141&71=144&72=148&77=156&79=160&83=170&87=173&89=176&92=184'

# Generated by `python -m nzconfig.render.precompile` from templates/member.md; do not edit.
# ruff: noqa
