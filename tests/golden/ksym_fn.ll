; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !49

; Function Attrs: nounwind
define i32 @tp0_ipi_send_cpumask(i8* %ctx) #0 section "tracepoint/ipi/ipi_send_cpumask" !dbg !70 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !76
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !75, metadata !DIExpression()), !dbg !76
  %zero = alloca i32, align 4, !dbg !77
  store i32 0, i32* %zero, align 4, !dbg !77
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !77
  %1 = icmp eq i64 %0, 0, !dbg !77
  br i1 %1, label %pid.match, label %pid.filter, !dbg !77

return:                                           ; preds = %rec.lost6, %stat.inc8, %rec.fill5, %pid.filter
  ret i32 0, !dbg !77

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !77
  %3 = lshr i64 %2, 32, !dbg !77
  %4 = icmp eq i64 %3, %0, !dbg !77
  br i1 %4, label %pid.match, label %return, !dbg !77

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !78
  %6 = bitcast i8* %5 to i64*, !dbg !78
  %7 = load i64, i64* %6, align 8, !dbg !78
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !78
  %.not = icmp eq i8* %8, null, !dbg !78
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !78

rec.fill:                                         ; preds = %pid.match
  %9 = bitcast i8* %8 to i64*, !dbg !78
  store i64 1, i64* %9, align 8, !dbg !78
  %10 = getelementptr i8, i8* %8, i64 8, !dbg !78
  %11 = bitcast i8* %10 to i64*, !dbg !78
  store i64 %7, i64* %11, align 8, !dbg !78
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !78
  %13 = icmp ugt i64 %12, 65536, !dbg !78
  %14 = select i1 %13, i64 2, i64 1, !dbg !78
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %14) #0, !dbg !78
  br label %rec.done, !dbg !78

rec.lost:                                         ; preds = %pid.match
  %15 = bitcast i32* %zero to i8*, !dbg !78
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !78
  %.not10 = icmp eq i8* %16, null, !dbg !78
  br i1 %.not10, label %rec.done, label %stat.inc, !dbg !78

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %17 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !79
  %18 = getelementptr i8, i8* %ctx, i64 24, !dbg !79
  %19 = bitcast i8* %18 to i64*, !dbg !79
  %20 = load i64, i64* %19, align 8, !dbg !79
  %21 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !79
  store i64 %20, i64* %21, align 8, !dbg !79
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %17) #0, !dbg !79
  %.not11 = icmp eq i8* %22, null, !dbg !79
  br i1 %.not11, label %agg.init, label %agg.have, !dbg !79

stat.inc:                                         ; preds = %rec.lost
  %23 = bitcast i8* %16 to i64*, !dbg !78
  %24 = load i64, i64* %23, align 8, !dbg !78
  %25 = add i64 %24, 1, !dbg !78
  store i64 %25, i64* %23, align 8, !dbg !78
  br label %rec.done, !dbg !78

agg.done:                                         ; preds = %agg.full, %stat.inc2, %agg.have
  %26 = load i64, i64* %6, align 8, !dbg !80
  %27 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !81
  %.not14 = icmp eq i8* %27, null, !dbg !81
  br i1 %.not14, label %rec.lost6, label %rec.fill5, !dbg !81

agg.have:                                         ; preds = %agg.init, %rec.done
  %agg = phi i8* [ %22, %rec.done ], [ %32, %agg.init ], !dbg !79
  %28 = bitcast i8* %agg to i64*, !dbg !79
  %29 = load i64, i64* %28, align 8, !dbg !79
  %30 = add i64 %29, 1, !dbg !79
  store i64 %30, i64* %28, align 8, !dbg !79
  br label %agg.done, !dbg !79

agg.init:                                         ; preds = %rec.done
  %31 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %17, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !79
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %17) #0, !dbg !79
  %.not12 = icmp eq i8* %32, null, !dbg !79
  br i1 %.not12, label %agg.full, label %agg.have, !dbg !79

agg.full:                                         ; preds = %agg.init
  %33 = bitcast i32* %zero to i8*, !dbg !79
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %33) #0, !dbg !79
  %.not13 = icmp eq i8* %34, null, !dbg !79
  br i1 %.not13, label %agg.done, label %stat.inc2, !dbg !79

stat.inc2:                                        ; preds = %agg.full
  %35 = getelementptr i8, i8* %34, i64 8, !dbg !79
  %36 = bitcast i8* %35 to i64*, !dbg !79
  %37 = load i64, i64* %36, align 8, !dbg !79
  %38 = add i64 %37, 1, !dbg !79
  store i64 %38, i64* %36, align 8, !dbg !79
  br label %agg.done, !dbg !79

rec.fill5:                                        ; preds = %agg.done
  %39 = bitcast i8* %27 to i64*, !dbg !81
  store i64 4294967298, i64* %39, align 8, !dbg !81
  %40 = getelementptr i8, i8* %27, i64 8, !dbg !81
  %41 = bitcast i8* %40 to i64*, !dbg !81
  store i64 %26, i64* %41, align 8, !dbg !81
  %42 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %43 = icmp ugt i64 %42, 65536, !dbg !81
  %44 = select i1 %43, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %27, i64 %44) #0, !dbg !81
  br label %return, !dbg !81

rec.lost6:                                        ; preds = %agg.done
  %45 = bitcast i32* %zero to i8*, !dbg !81
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %45) #0, !dbg !81
  %.not15 = icmp eq i8* %46, null, !dbg !81
  br i1 %.not15, label %return, label %stat.inc8, !dbg !81

stat.inc8:                                        ; preds = %rec.lost6
  %47 = bitcast i8* %46 to i64*, !dbg !81
  %48 = load i64, i64* %47, align 8, !dbg !81
  %49 = add i64 %48, 1, !dbg !81
  store i64 %49, i64* %47, align 8, !dbg !81
  br label %return, !dbg !81
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!68, !69}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !56, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "ksym_fn.tp", directory: ".")
!4 = !{!0, !5, !28, !49}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !47}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !51, isLocal: false, isDefinition: true, align: 64)
!51 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !52)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 384, align: 8, elements: !54)
!53 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!54 = !{!55}
!55 = !DISubrange(count: 48, lowerBound: 0)
!56 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !57)
!57 = !{!58, !63}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !59, size: 64, align: 64)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !61)
!61 = !{!62}
!62 = !DISubrange(count: 27, lowerBound: 0)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !64, size: 64, align: 64, offset: 64)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 262144, lowerBound: 0)
!68 = !{i32 2, !"Debug Info Version", i32 3}
!69 = !{i32 2, !"Dwarf Version", i32 4}
!70 = distinct !DISubprogram(name: "tp0_ipi_send_cpumask", linkageName: "tp0_ipi_send_cpumask", scope: !3, file: !3, line: 2, type: !71, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !74)
!71 = !DISubroutineType(types: !72)
!72 = !{!12, !73}
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !{!75}
!75 = !DILocalVariable(name: "ctx", arg: 1, scope: !70, file: !3, line: 2, type: !73)
!76 = !DILocation(line: 2, scope: !70)
!77 = !DILocation(line: 2, column: 1, scope: !70)
!78 = !DILocation(line: 3, column: 2, scope: !70)
!79 = !DILocation(line: 4, column: 2, scope: !70)
!80 = !DILocation(line: 5, column: 2, scope: !70)
!81 = !DILocation(line: 6, column: 2, scope: !70)
