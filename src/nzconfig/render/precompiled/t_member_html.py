from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'member.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_member = resolve('member')
    l_0_m = missing
    pass
    parent_template = environment.get_template('_layout.html', 'member.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'member')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_m = resolve('m')
    pass
    yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'label')))
    yield ': shared collections checklist'

def block_intro(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    l_0_m = resolve('m')
    l_0_member = resolve('member')
    l_0_root = resolve('root')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    pass
    yield '<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'network_name')))
    yield '. '
    yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')))
    yield ' has access to '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'count'), 'shared collection')))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'subscriptions')))
    yield ' subscription, '
    yield escape(environment.finalize(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'open_access')))
    yield ' open access) and not to '
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'lacking'))))
    yield '.</p>\n'
    if (not environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'known')):
        pass
        yield '<p class="alert"><strong>'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')))
        yield ' has no file in institutions/</strong>: collections name it, but the network does not know it.</p>\n'
    yield '<p>See also: <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'collections.html">all collections</a> · <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'cdi-settings.html">the CDI settings report</a>.</p>\n'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_m = resolve('m')
    l_0_member = resolve('member')
    try:
        t_3 = environment.filters['bulk_checklist_items_html']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_checklist_items_html' found.")
    try:
        t_4 = environment.filters['bulk_lacking_items_html']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_lacking_items_html' found.")
    try:
        t_5 = environment.filters['bulk_override_items_html']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'bulk_override_items_html' found.")
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['plural']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'plural' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<h2>Before you start</h2>\n<ul class="checklist">\n<li><label><input type="checkbox"> The IZ\'s <code>cdi_consortia_inheritance</code> parameter is set to Y (Configuration &gt; Resources &gt; General &gt; Other Settings), so that it inherits the CDI settings below from the Network Zone.</label>\nRecorded in the repository: '
    if t_6(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'inheritance')):
        pass
        yield 'not recorded'
    elif environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'inheritance'):
        pass
        yield 'Y'
    else:
        pass
        yield '<strong>N: set it to Y</strong>'
    yield '.</li>\n</ul>\n<h2>Collections with access</h2>\n'
    if environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'groups'):
        pass
        yield '<p>Tick a collection when '
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')))
        yield ' is listed in its Group Settings and its CDI tab shows the settings of its group.</p>\n'
    t_7 = 1
    for l_1_g in environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'groups'):
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_g, 'kind') == 'matrix'):
            pass
            yield '<h3>Matrix row: '
            yield escape(environment.finalize(environment.getattr(l_1_g, 'row_title')))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_g, 'row_id')))
            yield ')</h3>\n<p>'
            yield escape(environment.finalize(t_2(t_1(environment.getattr(l_1_g, 'collections')), 'collection')))
            yield '. The CDI tab of each:</p>\n'
            if environment.getattr(l_1_g, 'settings'):
                pass
                yield '<table class="settings">\n<thead><tr><th scope="col">CDI setting</th><th scope="col">Value</th></tr></thead>\n<tbody>\n'
                for l_2_s in environment.getattr(l_1_g, 'settings'):
                    _loop_vars = {}
                    pass
                    yield '<tr><td>'
                    yield escape(environment.finalize(environment.getattr(l_2_s, 'label')))
                    yield '</td><td><strong>'
                    yield escape(environment.finalize(environment.getattr(l_2_s, 'shown')))
                    yield '</strong></td></tr>\n'
                l_2_s = missing
                yield '</tbody>\n</table>\n'
            else:
                pass
                yield '<p>The matrix row states no setting.</p>\n'
            yield '<ul class="checklist">\n'
            for l_2_block in t_3(environment.getattr(l_1_g, 'collections')):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(l_2_block))
            l_2_block = missing
            yield '</ul>\n'
        elif (environment.getattr(l_1_g, 'kind') == 'override'):
            pass
            yield '<h3>Collections with a per-member override</h3>\n<p>'
            yield escape(environment.finalize(t_2(t_1(environment.getattr(l_1_g, 'collections')), 'collection')))
            yield " where the collection's file sets some of "
            yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')))
            yield "'s CDI settings itself.</p>\n"
            for l_2_block in t_5(environment.getattr(l_1_g, 'collections'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(l_2_block))
            l_2_block = missing
        else:
            pass
            yield '<h3>Settings cannot be derived</h3>\n<p>The CDI settings of '
            yield escape(environment.finalize(('this collection' if (t_1(environment.getattr(l_1_g, 'collections')) == 1) else environment.sized(markup_join(('these ', t_1(environment.getattr(l_1_g, 'collections')), ' collections', ))))))
            yield ' cannot be derived: '
            yield escape(environment.finalize(environment.getattr(l_1_g, 'note')))
            yield '.</p>\n<ul class="checklist">\n'
            for l_2_block in t_3(environment.getattr(l_1_g, 'collections')):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(l_2_block))
            l_2_block = missing
            yield '</ul>\n'
        t_7 = 0
    l_1_g = missing
    if t_7:
        pass
        yield '<p>'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')))
        yield ' has access to no shared collection.</p>\n'
    yield '<h2>Collections without access</h2>\n'
    if environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'lacking'):
        pass
        yield '<ul>\n'
        for l_1_block in t_4(environment.getattr((undefined(name='member') if l_0_member is missing else l_0_member), 'lacking')):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(l_1_block))
        l_1_block = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p>None: '
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'code')))
        yield ' has access to every shared collection.</p>\n'

blocks = {'title': block_title, 'intro': block_intro, 'main': block_main}
debug_info = '19=14&20=17&21=22&22=34&23=59&24=71&25=74&27=77&29=82&33=129&36=139&37=142&39=145&40=148&41=151&42=155&43=157&47=160&48=164&56=174&58=180&60=183&61=187&64=195&66=199&70=210&73=213&75=216&78=225'

# Generated by `python -m nzconfig.render.precompile` from templates/member.html; do not edit.
# ruff: noqa
