from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'open-access-review.md'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_oa = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['md_code']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md_code' found.")
    try:
        t_6 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    l_0_oa = environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'open_access')
    context.vars['oa'] = l_0_oa
    context.exported_vars.add('oa')
    yield '# Open-access review: '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name'))))
    yield '\n\nEach year the collections committee examines the shared open-access list and offers members\nthe chance to opt in or out; open-access collections activated locally by enough members\nare candidates for the Network Zone. This page gathers what the repository knows for that.\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp'):
        pass
        yield '\nGenerated at '
        yield str(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'stamp')))
        yield '.\n'
    yield '\n## Candidates for the Network Zone\n'
    if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'review_rules'):
        pass
        for l_1_rule in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'review_rules'):
            _loop_vars = {}
            pass
            yield '\n'
            yield str(environment.finalize(t_4(environment.getattr(l_1_rule, 'rule'))))
            yield ': '
            yield str(environment.finalize(t_4(environment.getattr(l_1_rule, 'title'))))
            yield '.\n\n'
            for (l_2_what, l_2_value) in environment.getattr(l_1_rule, 'settings'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.finalize(t_4(l_2_what)))
                yield ': '
                yield str(environment.finalize(t_4(l_2_value)))
                yield '\n'
            l_2_what = l_2_value = missing
            if environment.getattr(l_1_rule, 'unset'):
                pass
                yield '\n'
                yield str(environment.finalize(t_4(environment.getattr(l_1_rule, 'rule'))))
                yield ' did not run: a value it needs is not set, so it has no candidates to list.\n'
        l_1_rule = missing
        if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'candidates'):
            pass
            yield '\n'
            for l_1_f in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'candidates'):
                _loop_vars = {}
                pass
                yield '- '
                if environment.getattr(l_1_f, 'collection'):
                    pass
                    yield '**'
                    yield str(environment.finalize(t_4(environment.getattr(l_1_f, 'collection'))))
                    yield '**: '
                yield str(environment.finalize(t_5(environment.getattr(l_1_f, 'message'))))
                yield ' ('
                yield str(environment.finalize(t_4(environment.getattr(l_1_f, 'location'))))
                yield ')\n'
            l_1_f = missing
        elif (not t_3(context.eval_ctx, t_7(context, environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'review_rules'), 'unset'))):
            pass
            yield '\nNo candidates.\n'
        if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'deferred'):
            pass
            yield '\nWaived until a later review (policies/waivers.yaml):\n\n'
            for l_1_f in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'deferred'):
                _loop_vars = {}
                pass
                yield '- '
                if environment.getattr(l_1_f, 'collection'):
                    pass
                    yield '**'
                    yield str(environment.finalize(t_4(environment.getattr(l_1_f, 'collection'))))
                    yield '**: '
                yield str(environment.finalize(t_5(environment.getattr(l_1_f, 'message'))))
                yield ' ('
                yield str(environment.finalize(t_4(environment.getattr(l_1_f, 'location'))))
                yield ')\n'
            l_1_f = missing
    else:
        pass
        yield '\nThis version of nzconfig has no open-access review rule, so no candidates are listed.\n'
    yield '\n## Findings about shared open-access collections\n'
    if environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'findings'):
        pass
        for l_1_g in environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'findings'):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(t_4(environment.getattr(l_1_g, 'rule'))))
            yield ': '
            yield str(environment.finalize(t_4(environment.getattr(l_1_g, 'title'))))
            yield '\n\n'
            for l_2_f in environment.getattr(l_1_g, 'findings'):
                _loop_vars = {}
                pass
                yield '- **'
                yield str(environment.finalize(environment.getattr(l_2_f, 'severity')))
                yield '** '
                yield str(environment.finalize(t_4(environment.getattr(l_2_f, 'collection'))))
                yield ': '
                yield str(environment.finalize(t_5(environment.getattr(l_2_f, 'message'))))
                yield ' ('
                yield str(environment.finalize(t_4(environment.getattr(l_2_f, 'location'))))
                yield ')\n'
            l_2_f = missing
        l_1_g = missing
    else:
        pass
        yield '\nNone.\n'
    yield '\n## Shared open-access collections\n\n'
    yield str(environment.finalize(t_6(t_2(environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'rows')), 'collection')))
    yield "; each member's decision as recorded in Group Settings\n(not opted in: every member with a file in institutions/ that is not in the list).\n\n| Collection Name | Status | Members | Opted in | Not opted in |\n| --- | --- | --- | --- | --- |\n"
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'rows'), undefined):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(t_4(environment.getattr(l_1_r, 'label'))))
        yield ' | '
        yield str(environment.finalize(t_4(environment.getattr(l_1_r, 'status'))))
        yield ' | '
        yield str(environment.finalize(t_2(environment.getattr(l_1_r, 'members'))))
        yield ' | '
        yield str(environment.finalize(t_4(t_1(context.eval_ctx, environment.getattr(l_1_r, 'members'), '; '))))
        yield ' | '
        yield str(environment.finalize(t_4(t_1(context.eval_ctx, environment.getitem(environment.getattr((undefined(name='oa') if l_0_oa is missing else l_0_oa), 'not_opted_in'), environment.getattr(l_1_loop, 'index0')), '; '))))
        yield ' |\n'
    l_1_loop = l_1_r = missing

blocks = {}
debug_info = '3=55&4=59&9=61&11=64&15=67&16=69&18=73&20=77&21=81&23=86&25=89&28=92&30=95&31=99&33=109&37=112&41=115&42=119&51=133&52=135&54=139&56=143&57=147&67=161&72=164&73=168'

# Generated by `python -m nzconfig.render.precompile` from templates/open-access-review.md; do not edit.
# ruff: noqa
